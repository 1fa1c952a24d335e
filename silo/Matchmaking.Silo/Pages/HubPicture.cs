using System.Collections.Concurrent;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Suggestions;

namespace Matchmaking.Silo.Pages;

/// <summary>Actors of one province by kind; <see cref="Province"/> is null for those outside Lombardy or with none given.</summary>
public sealed record ProvinceCount(Province? Province, int Companies, int Startups, int Researchers)
{
    public int Total => Companies + Startups + Researchers;
}

/// <summary>An actor in the collaboration picture, where the layout put it (0 to 1 on each axis).</summary>
public sealed record NetworkNode(ActorSummary Actor, int Degree, double X, double Y);

/// <summary>A collaboration between two nodes (indexes into the nodes).</summary>
public sealed record NetworkEdge(int A, int B, int Times);

/// <summary>
/// The hub's collaborations among the actors a viewer may see: at most <see cref="NetworkLayout.MaxNodes"/> actors,
/// those with the most partners; <see cref="Actors"/> and <see cref="Collaborations"/> count them all.
/// </summary>
public sealed record CollaborationPicture(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, int Actors, int Collaborations)
{
    public static readonly CollaborationPicture Empty = new([], [], 0, 0);
}

/// <summary>The figures of the dashboard, computed from the actors a viewer may see (pure: no I/O).</summary>
public static class HubPicture
{
    // The layout of each recent graph (a few: one per kind of viewer), since it costs milliseconds and the graph
    // changes only when a collaboration does.
    private const int RememberedLayouts = 16;
    private static readonly ConcurrentDictionary<string, IReadOnlyList<(double X, double Y)>> Layouts = new(StringComparer.Ordinal);

    /// <summary>Every province of Lombardy (those with no actor too, so the map shows them), then one row for the rest when there is any.</summary>
    public static IReadOnlyList<ProvinceCount> ByProvince(IEnumerable<ActorSummary> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            var code = Lombardy.Find(actor.Province)?.Code ?? "";
            if (!counts.TryGetValue(code, out var byKind))
            {
                counts[code] = byKind = new int[3];
            }

            byKind[actor.Kind switch { ActorKind.Company => 0, ActorKind.Startup => 1, _ => 2 }]++;
        }

        ProvinceCount Row(Province? province)
        {
            var byKind = counts.GetValueOrDefault(province?.Code ?? "") ?? new int[3];
            return new ProvinceCount(province, byKind[0], byKind[1], byKind[2]);
        }

        var rows = Lombardy.Provinces.Select(Row).ToList();
        if (counts.ContainsKey(""))
        {
            rows.Add(Row(null));
        }

        return rows;
    }

    /// <summary>
    /// The collaborations whose two actors are both in <paramref name="visible"/>, laid out. When more actors
    /// collaborate than fit, those with the most partners are drawn (ties by name), with the collaborations among them.
    /// </summary>
    public static CollaborationPicture Network(IReadOnlyList<CollaborationEdge> collaborations, IReadOnlyDictionary<ActorRef, ActorSummary> visible)
    {
        ArgumentNullException.ThrowIfNull(collaborations);
        ArgumentNullException.ThrowIfNull(visible);
        var shown = collaborations.Where(c => visible.ContainsKey(c.First) && visible.ContainsKey(c.Second)).ToList();
        if (shown.Count == 0)
        {
            return CollaborationPicture.Empty;
        }

        var degree = new Dictionary<ActorRef, int>();
        foreach (var c in shown)
        {
            degree[c.First] = degree.GetValueOrDefault(c.First) + 1;
            degree[c.Second] = degree.GetValueOrDefault(c.Second) + 1;
        }

        var chosen = degree
            .OrderByDescending(d => d.Value)
            .ThenBy(d => visible[d.Key].Name, StringComparer.Ordinal)
            .ThenBy(d => d.Key.Id, StringComparer.Ordinal)
            .Take(NetworkLayout.MaxNodes)
            .Select(d => d.Key)
            .ToList();
        var index = chosen.Select((actor, i) => (actor, i)).ToDictionary(p => p.actor, p => p.i);
        var edges = shown
            .Where(c => index.ContainsKey(c.First) && index.ContainsKey(c.Second))
            .Select(c => new NetworkEdge(index[c.First], index[c.Second], c.Times))
            .ToList();
        var places = Layout(chosen, edges);
        var nodes = chosen.Select((actor, i) => new NetworkNode(visible[actor], degree[actor], places[i].X, places[i].Y)).ToList();
        return new CollaborationPicture(nodes, edges, degree.Count, shown.Count);
    }

    private static IReadOnlyList<(double X, double Y)> Layout(IReadOnlyList<ActorRef> nodes, IReadOnlyList<NetworkEdge> edges)
    {
        var graph = string.Join(' ', nodes.Select(n => $"{n.Kind}/{n.Id}")) + "|" + string.Join(' ', edges.Select(e => $"{e.A}-{e.B}"));
        if (Layouts.TryGetValue(graph, out var known))
        {
            return known;
        }

        var places = NetworkLayout.Place(nodes.Count, [.. edges.Select(e => (e.A, e.B))]);
        if (Layouts.Count >= RememberedLayouts)
        {
            Layouts.Clear();
        }

        Layouts[graph] = places;
        return places;
    }
}
