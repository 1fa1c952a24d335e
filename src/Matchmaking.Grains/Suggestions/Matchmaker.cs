using System.Collections.Concurrent;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Grains.Relations;
using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Grains.Suggestions;

/// <summary>
/// Keeps the engine's <see cref="MatchIndex"/> current, like the directory: profile grains call
/// <see cref="Upsert"/>/<see cref="Remove"/> after each acknowledged write, the loader at start. Keeps each
/// actor's <see cref="MatchProfile"/> too, so reasons can quote the profiles. Answers suggestions for an actor
/// or a brief as <see cref="SuggestionItem"/>s. Thread-safe.
/// </summary>
public sealed class Matchmaker(MatchIndex index, SuggestionRules rules, TimeProvider clock, ProfileAging aging)
{
    private readonly ConcurrentDictionary<string, MatchProfile> profiles = new(StringComparer.Ordinal);

    /// <summary>How many actors the engine can suggest.</summary>
    public int Count => index.Count;

    public void Upsert(ActorKind kind, string id, ActorProfile profile, DateTimeOffset updatedAt, RelationsState? relations)
    {
        var match = MatchProfiles.From(kind, id, profile, updatedAt, relations);
        profiles[match.Key] = match;
        index.Upsert(match);
    }

    /// <summary>
    /// Adds many actors at once, as a silo loading its copy at start does (see <see cref="MatchIndex.UpsertMany"/>).
    /// <paramref name="stillCurrent"/> is asked, when an actor's turn comes, whether what was read is still the newest
    /// state (a write applied meanwhile through <see cref="Upsert"/> or <see cref="Remove"/> wins); an actor this
    /// matchmaker already holds is left as it is. Returns how many were added.
    /// </summary>
    public int Load(IReadOnlyList<LoadedActor> actors, Func<LoadedActor, bool> stillCurrent)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(stillCurrent);
        var matches = new MatchProfile[actors.Count];
        Parallel.For(0, actors.Count, i => matches[i] = MatchProfiles.From(actors[i].Kind, actors[i].Id, actors[i].Profile, actors[i].UpdatedAt, actors[i].Relations));
        return index.UpsertMany(matches, i => stillCurrent(actors[i]) && profiles.TryAdd(matches[i].Key, matches[i]));
    }

    public void Remove(ActorKind kind, string id)
    {
        var key = MatchKeys.Of(kind, id);
        index.Remove(key);
        profiles.TryRemove(key, out _);
    }

    public bool Contains(ActorRef actor) => index.Contains(MatchKeys.Of(actor));

    /// <summary>What the engine knows of an actor, or null.</summary>
    public MatchProfile? Profile(ActorRef actor) => profiles.GetValueOrDefault(MatchKeys.Of(actor));

    /// <summary>Partners for an indexed actor, leaving out <paramref name="excluded"/>; checks the request first.</summary>
    public IReadOnlyList<SuggestionItem> SuggestFor(ActorRef asker, SuggestionRequest request, IEnumerable<ActorRef> excluded)
    {
        ArgumentNullException.ThrowIfNull(asker);
        var checkedRequest = rules.Check(request);
        return Run(QueryOf(checkedRequest) with
        {
            AskerKey = MatchKeys.Of(asker),
            Excluded = excluded.Select(MatchKeys.Of).ToHashSet(StringComparer.Ordinal),
            NewPartnersOnly = checkedRequest.NewPartnersOnly,
        });
    }

    /// <summary>Actors answering a free-text need or idea (people without a profile); checks brief and request first.</summary>
    /// <param name="publicOnly">Leave out members-only actors (the asker is not signed in).</param>
    public IReadOnlyList<SuggestionItem> SuggestForBrief(string? brief, SuggestionRequest request, bool publicOnly = false)
    {
        var (text, checkedRequest) = rules.CheckBrief(brief, request);
        return Run(QueryOf(checkedRequest) with { Brief = text, PublicOnly = publicOnly });
    }

    private SuggestionQuery QueryOf(SuggestionRequest request) => new()
    {
        Targets = request.Targets.Select(MatchKeys.TypeOf).ToHashSet(),
        Theme = request.Theme,
        Province = request.Province,
        Top = request.Top,
        Italian = request.Lang switch { "it" => true, "en" => false, _ => null },
        Now = clock.GetUtcNow(),
        Aging = aging,
        Profiles = key => profiles.GetValueOrDefault(key),
    };

    /// <summary>How profiles age (see <see cref="ProfileAging"/>).</summary>
    public ProfileAging Aging => aging;

    /// <summary>
    /// The profiles not confirmed for longer than <see cref="ProfileAging.StaleAfter"/>, oldest first, each stale (ranked
    /// lower) or expired (no longer suggested), for the hub manager.
    /// </summary>
    public IReadOnlyList<AgedProfile> Aged()
    {
        var now = clock.GetUtcNow();
        return [.. profiles.Values
            .Where(p => aging.IsStale(p.UpdatedAt, now) || aging.IsExpired(p.UpdatedAt, now))
            .OrderBy(p => p.UpdatedAt)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new AgedProfile(p.Key, p.Name, p.UpdatedAt, aging.IsExpired(p.UpdatedAt, now), p.UpdatedAt + aging.StaleAfter + aging.Grace))];
    }

    /// <summary>
    /// Who worked with whom among the actors the engine holds (imported, accepted on either side): each pair once,
    /// the actor with the smaller key first, with the larger count either side declares. A partner the engine does
    /// not hold (not imported yet, or removed) is left out.
    /// </summary>
    public IReadOnlyList<CollaborationEdge> Collaborations()
    {
        var edges = new Dictionary<(string, string), int>();
        foreach (var profile in profiles.Values)
        {
            foreach (var (partner, times) in profile.Partners)
            {
                if (partner == profile.Key || !profiles.ContainsKey(partner))
                {
                    continue;
                }

                var pair = string.CompareOrdinal(profile.Key, partner) < 0 ? (profile.Key, partner) : (partner, profile.Key);
                edges[pair] = Math.Max(edges.GetValueOrDefault(pair), times);
            }
        }

        var result = new List<CollaborationEdge>(edges.Count);
        foreach (var ((first, second), times) in edges)
        {
            if (MatchKeys.TryParse(first, out var a) && MatchKeys.TryParse(second, out var b))
            {
                result.Add(new CollaborationEdge(a, b, times));
            }
        }

        result.Sort((x, y) => string.CompareOrdinal(MatchKeys.Of(x.First), MatchKeys.Of(y.First)) is var c and not 0 ? c : string.CompareOrdinal(MatchKeys.Of(x.Second), MatchKeys.Of(y.Second)));
        return result;
    }

    private List<SuggestionItem> Run(SuggestionQuery query)
    {
        var items = new List<SuggestionItem>();
        foreach (var suggestion in index.Suggest(query))
        {
            if (MatchKeys.TryParse(suggestion.Key, out var actor))
            {
                var reasons = suggestion.Reasons.Select(r => new SuggestionReason(r.Factor, r.Contribution, r.Evidence)).ToList();
                items.Add(new SuggestionItem(actor.Id, actor.Kind, suggestion.Name, suggestion.Score, reasons));
            }
        }

        return items;
    }
}

/// <summary>Two actors that worked together, <see cref="Times"/> times (the larger count either declares).</summary>
public sealed record CollaborationEdge(ActorRef First, ActorRef Second, int Times);

/// <summary>A profile gone stale (<see cref="Expired"/>: past its grace period too) with the day it expires or expired.</summary>
public sealed record AgedProfile(string Key, string Name, DateTimeOffset UpdatedAt, bool Expired, DateTimeOffset ExpiresAt);

/// <summary>An actor as a silo reads it from storage at start, with the storage versions it was read at.</summary>
public sealed record LoadedActor(ActorKind Kind, string Id, ActorProfile Profile, DateTimeOffset UpdatedAt, RelationsState? Relations, int ProfileVersion, int? RelationsVersion);
