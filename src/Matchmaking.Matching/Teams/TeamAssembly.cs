using Matchmaking.Matching.Index;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Matching.Teams;

/// <summary>
/// One brief's team formation under the index's read lock: the candidates (fixed members, then each role's pool from
/// the engine's suggestions, topped up with offerers of the brief's themes), the search, the batch, the proposals.
/// </summary>
internal sealed class TeamAssembly(
    MatchIndex index,
    TeamWeights weights,
    TeamBrief brief,
    TeamPlan plan,
    IReadOnlyList<string> themes,
    IReadOnlyDictionary<TeamRole, IReadOnlyList<Suggestion>> suggestions)
{
    private readonly List<TeamCandidate> candidates = [];
    private readonly Dictionary<int, int> byDocument = [];
    private readonly HashSet<string> excluded = new(brief.Exclude.Concat(brief.Include).Append(brief.AnchorKey ?? ""), StringComparer.Ordinal);
    private TeamNeeds needs = null!;

    public IReadOnlyList<TeamProposal> Run()
    {
        needs = TeamNeeds.Of(index, NeedThemes(), brief.Need);
        foreach (var (key, _) in plan.Fixed)
        {
            if (!index.TryGetDocument(key, out var document))
            {
                return [];
            }

            Add(index.Actor(document), 0, fixedMember: true);
        }

        var fixedCount = candidates.Count;
        var open = plan.Open.Select(role => (role, Pool(role))).ToList();
        var optional = plan.Optional.Select(role => (role, Pool(role))).ToList();
        if (open.Any(o => o.Item2.Length == 0))
        {
            return [];
        }

        var all = candidates.ToArray();
        var scorer = new PairScorer(index);
        var search = new TeamSearch(all, fixedCount, [.. plan.Fixed.Select(f => f.Role)], needs, scorer, weights, Vetoed(), brief.MaxTeamSize);
        var teams = search.Run(open, optional);
        var batch = TeamBatch.Select(teams, all, fixedCount, brief.Top, brief.MaxProposalsPerActor, weights.NearDuplicate);
        var explainer = new TeamExplainer(index, brief, weights, needs, all, fixedCount, search, scorer, themes);
        return batch.Select(b => explainer.Proposal(b.Team, b.Alternates)).ToList();
    }

    /// <summary>The brief's themes; for a brief with only an anchor, the themes the anchor seeks.</summary>
    private IReadOnlyList<string> NeedThemes()
    {
        if (themes.Count > 0 || !string.IsNullOrWhiteSpace(brief.Need) || brief.AnchorKey is null || !index.TryGetDocument(brief.AnchorKey, out var anchor))
        {
            return themes;
        }

        return index.Actor(anchor).SoughtNamed;
    }

    /// <summary>
    /// A role's candidates, most relevant first: the engine's suggestions for the role, then (when they are fewer than
    /// the pool) actors offering the brief's themes, by how many they offer and their track record.
    /// </summary>
    private int[] Pool(TeamRole role)
    {
        var pool = new List<int>();
        var found = suggestions.GetValueOrDefault(role) ?? [];
        var best = found.Count > 0 ? Math.Max(found.Max(s => s.Score), 1e-9) : 1;
        foreach (var suggestion in found)
        {
            if (index.TryGetDocument(suggestion.Key, out var document) && Eligible(index.Actor(document), role))
            {
                pool.Add(Add(index.Actor(document), suggestion.Score / best, fixedMember: false));
            }
        }

        if (pool.Count < weights.PoolSize && themes.Count > 0)
        {
            var offerers = new Dictionary<int, int>();
            foreach (var theme in themes)
            {
                if (index.OfferersOf(theme) is { } list)
                {
                    foreach (var posting in list.Postings)
                    {
                        var document = PostingList.DocumentOf(posting);
                        offerers[document] = offerers.GetValueOrDefault(document) + 1;
                    }
                }
            }

            var more = offerers
                .Where(o => !pool.Any(p => candidates[p].Actor.Document == o.Key) && Eligible(index.Actor(o.Key), role))
                .OrderByDescending(o => o.Value + Factors.TrackRecord(index.Actor(o.Key).PastProjects, index.MaxPastProjects))
                .ThenBy(o => o.Key)
                .Take(weights.PoolSize - pool.Count)
                .Select(o => Add(index.Actor(o.Key), 0, fixedMember: false))
                .ToList();
            pool.AddRange(more);
        }

        return [.. pool.Distinct().OrderByDescending(p => candidates[p].Relevance).ThenBy(p => candidates[p].Actor.Document).Take(weights.PoolSize)];
    }

    private bool Eligible(IndexedActor actor, TeamRole role) =>
        actor.Live
        && actor.Suggestible
        && !excluded.Contains(actor.Key)
        && TeamPlan.Fills(actor.Type, role)
        && actor.Type != Profiles.ActorType.Other
        && (brief.Region is not { } region || Same(actor.Place.Region, region) || Same(actor.Place.Province, region));

    /// <summary>Adds (or finds) the actor's candidate; its relevance blends the engine's normalised score and the needs it covers alone.</summary>
    private int Add(IndexedActor actor, double suggestion, bool fixedMember)
    {
        var hits = needs.Hits(actor);
        var alone = needs.CoverageOf([hits]);
        var relevance = fixedMember ? alone : (weights.SuggestionShare * suggestion) + ((1 - weights.SuggestionShare) * alone);
        if (byDocument.TryGetValue(actor.Document, out var existing))
        {
            if (relevance > candidates[existing].Relevance && existing >= plan.Fixed.Count)
            {
                candidates[existing] = candidates[existing] with { Relevance = relevance };
            }

            return existing;
        }

        byDocument[actor.Document] = candidates.Count;
        candidates.Add(new TeamCandidate(actor, relevance, hits));
        return candidates.Count - 1;
    }

    private HashSet<(int, int)> Vetoed()
    {
        var vetoed = new HashSet<(int, int)>();
        foreach (var (a, b) in brief.DeclinedPairs)
        {
            if (index.TryGetDocument(a, out var x) && index.TryGetDocument(b, out var y))
            {
                vetoed.Add((Math.Min(x, y), Math.Max(x, y)));
            }
        }

        return vetoed;
    }

    private static bool Same(string? a, string b) => a is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
