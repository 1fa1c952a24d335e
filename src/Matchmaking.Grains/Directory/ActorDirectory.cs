using Matchmaking.Abstractions.Profiles;
using Matchmaking.Matching.Text;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Grains.Directory;

/// <summary>
/// The in-memory directory of actors: the lists, filters and theme views read from it. Profile grains
/// update it after each acknowledged write; at start it is rebuilt from storage
/// (<see cref="ReadModels.EcosystemReplica"/>). Thread-safe.
/// </summary>
public sealed class ActorDirectory(ThemeTaxonomy taxonomy)
{
    private readonly Lock gate = new();
    private readonly Dictionary<(ActorKind Kind, string Id), DirectoryEntry> entries = [];
    private readonly Dictionary<string, int> provinces = new(StringComparer.Ordinal);
    private readonly Dictionary<(ActorKind Kind, string Id), string> unreadable = [];

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    public void Upsert(ActorKind kind, string id, ActorProfile profile)
    {
        var entry = CreateEntry(kind, id, profile);
        lock (gate)
        {
            if (entries.Remove((kind, id), out var old))
            {
                CountProvince(old, -1);
            }

            entries[(kind, id)] = entry;
            CountProvince(entry, +1);
            unreadable.Remove((kind, id));
        }
    }

    public void Remove(ActorKind kind, string id)
    {
        lock (gate)
        {
            RemoveEntry(kind, id);
            unreadable.Remove((kind, id));
        }
    }

    /// <summary>
    /// An actor whose stored profile cannot be read: out of every list and view (its visibility is unknown), and
    /// named by <see cref="Unreadable"/> until a write or a delete replaces it.
    /// </summary>
    public void MarkUnreadable(ActorKind kind, string id, string problem)
    {
        lock (gate)
        {
            RemoveEntry(kind, id);
            unreadable[(kind, id)] = problem;
        }
    }

    /// <summary>The actors (of one kind, when given) whose stored profile cannot be read, and what is wrong with each.</summary>
    public IReadOnlyList<(ActorRef Actor, string Problem)> Unreadable(ActorKind? kind = null)
    {
        lock (gate)
        {
            return [.. unreadable
                .Where(u => kind is null || u.Key.Kind == kind)
                .OrderBy(u => u.Key.Kind).ThenBy(u => u.Key.Id, StringComparer.Ordinal)
                .Select(u => (new ActorRef(u.Key.Kind, u.Key.Id), u.Value))];
        }
    }

    public bool Contains(ActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        lock (gate)
        {
            return entries.ContainsKey((actor.Kind, actor.Id));
        }
    }

    /// <summary>Who may see the actor, or null when it is not in the directory.</summary>
    public ActorVisibility? VisibilityOf(ActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        lock (gate)
        {
            return entries.TryGetValue((actor.Kind, actor.Id), out var entry) ? entry.Visibility : null;
        }
    }

    /// <summary>The province codes where at least one actor is, in order.</summary>
    public IReadOnlyList<string> Provinces()
    {
        lock (gate)
        {
            return [.. provinces.Keys.Order(StringComparer.Ordinal)];
        }
    }

    public Page<ActorSummary> Query(DirectoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var themes = query.Theme is null ? null : WithDescendants(query.Theme);
        var words = query.Text is null ? [] : TextFolding.Fold(query.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var matches = Snapshot()
            .Where(e => query.Kind is null || e.Summary.Kind == query.Kind)
            .Where(e => query.Province is null || string.Equals(e.Summary.Province, query.Province, StringComparison.OrdinalIgnoreCase))
            .Where(e => themes is null || e.OfferedThemes.Overlaps(themes) || e.SoughtThemes.Overlaps(themes))
            .Where(e => words.All(w => e.FoldedText.Contains(w, StringComparison.Ordinal)))
            .Where(e => query.Visible is null || query.Visible(new ActorRef(e.Summary.Kind, e.Summary.Id), e.Visibility))
            .OrderBy(e => e.SortKey, StringComparer.Ordinal)
            .ToList();
        var items = matches
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(e => e.Summary)
            .ToList();
        return new Page<ActorSummary>(items, matches.Count);
    }

    /// <summary>Every actor (of one kind, when given), by name.</summary>
    public IReadOnlyList<ActorSummary> All(ActorKind? kind = null) => Snapshot()
        .Where(e => kind is null || e.Summary.Kind == kind)
        .OrderBy(e => e.SortKey, StringComparer.Ordinal)
        .Select(e => e.Summary)
        .ToList();

    /// <summary>Actors offering the theme or one of its sub-themes, by name.</summary>
    public IReadOnlyList<ActorSummary> Offerers(string themeId) => Select(themeId, e => e.OfferedThemes);

    /// <summary>Actors seeking the theme or one of its sub-themes, by name.</summary>
    public IReadOnlyList<ActorSummary> Seekers(string themeId) => Select(themeId, e => e.SoughtThemes);

    private List<ActorSummary> Select(string themeId, Func<DirectoryEntry, IReadOnlySet<string>> themesOf)
    {
        var themes = WithDescendants(themeId);
        return Snapshot()
            .Where(e => themesOf(e).Overlaps(themes))
            .OrderBy(e => e.SortKey, StringComparer.Ordinal)
            .Select(e => e.Summary)
            .ToList();
    }

    // Callers hold the gate.
    private void RemoveEntry(ActorKind kind, string id)
    {
        if (entries.Remove((kind, id), out var old))
        {
            CountProvince(old, -1);
        }
    }

    private void CountProvince(DirectoryEntry entry, int delta)
    {
        if (entry.Summary.Province is not { } province)
        {
            return;
        }

        var count = provinces.GetValueOrDefault(province) + delta;
        if (count > 0)
        {
            provinces[province] = count;
        }
        else
        {
            provinces.Remove(province);
        }
    }

    private DirectoryEntry[] Snapshot()
    {
        lock (gate)
        {
            return [.. entries.Values];
        }
    }

    private HashSet<string> WithDescendants(string themeId) => [themeId, .. taxonomy.Descendants(themeId)];

    private DirectoryEntry CreateEntry(ActorKind kind, string id, ActorProfile profile)
    {
        var offered = new HashSet<string>(profile.Themes, StringComparer.Ordinal);
        foreach (var offer in profile.Offers)
        {
            offered.UnionWith(taxonomy.FindInText(offer));
        }

        var sought = new HashSet<string>(StringComparer.Ordinal);
        foreach (var need in profile.Needs)
        {
            sought.UnionWith(taxonomy.FindInText(need));
        }

        var text = TextFolding.Fold(string.Join(' ', [profile.Name, profile.Description ?? "", .. profile.Offers, .. profile.Needs, .. KindText(profile)]));
        var summary = new ActorSummary(kind, id, profile.Name, profile.Location.Province, profile.Location.Municipality, profile.Themes);
        return new DirectoryEntry(summary, offered, sought, text, TextFolding.Fold(profile.Name) + "\u0001" + kind.Name() + "\u0001" + id, profile.Visibility);
    }

    private static IEnumerable<string> KindText(ActorProfile profile) => profile switch
    {
        ResearcherProfile r => [r.Affiliation ?? "", r.Department ?? "", r.Lab ?? "", .. r.Keywords],
        StartupProfile s => [s.Technology ?? ""],
        _ => [],
    };
}
