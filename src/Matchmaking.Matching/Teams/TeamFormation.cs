using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Matching.Teams;

/// <summary>
/// Forms ranked team proposals for a checked <see cref="TeamBrief"/>: candidate pools per role from the index, a
/// beam search over teams scored on coverage of the brief, pairwise two-sided fit and closeness in the
/// collaboration graph, then a batch evaluator (one actor in at most N proposals, near-duplicates merged).
/// Pure and thread-safe; reads the index under its read lock.
/// </summary>
public sealed class TeamFormation(MatchIndex index, MatchingWeights? weights = null, TeamWeights? teamWeights = null)
{
    public MatchIndex Index { get; } = index;

    public MatchingWeights Weights { get; } = weights ?? MatchingWeights.Default;

    /// <summary>How teams are scored and searched.</summary>
    public TeamWeights TeamWeights { get; } = teamWeights ?? TeamWeights.Default;

    /// <summary>
    /// Up to <see cref="TeamBrief.Top"/> proposals, best first; empty when no team can be formed (no candidate for a
    /// required role). Never proposes an excluded or non-suggestible actor, nor two actors of a declined pair together.
    /// </summary>
    /// <exception cref="ArgumentException">The brief has problems (see <see cref="TeamBriefRules.Problems"/>).</exception>
    public IReadOnlyList<TeamProposal> Propose(TeamBrief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var problems = TeamBriefRules.Problems(brief, Index);
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "The brief has problems: " + string.Join(" ", problems.Select(p => $"{p.Key}: {string.Join(" ", p.Value)}")), nameof(brief));
        }

        var plan = TeamPlan.Of(brief, key => Index.Read(() => Index.TryGetDocument(key, out var d) ? Index.Actor(d).Type : (ActorType?)null));
        var themes = brief.Themes
            .Concat(brief.Need is { } need ? Index.Taxonomy.FindInText(need) : [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var roles = plan.Open.Concat(plan.Optional).Distinct().ToList();
        var suggestions = roles.ToDictionary(role => role, role => Index.Suggest(PoolQuery(brief, role), Weights));
        return Index.Read(() => new TeamAssembly(Index, TeamWeights, brief, plan, themes, suggestions).Run());
    }

    /// <summary>The index query for a role's pool: the brief's text and the anchor as asker, the role's kinds only.</summary>
    private SuggestionQuery PoolQuery(TeamBrief brief, TeamRole role)
    {
        var labels = brief.Themes.Select(id => Index.Taxonomy.TryGet(id, out var theme) ? $"{theme.LabelEn}. {theme.LabelIt}" : null).OfType<string>();
        var text = string.Join(". ", labels.Prepend(brief.Need ?? "").Where(t => !string.IsNullOrWhiteSpace(t)));
        var excluded = new HashSet<string>(brief.Exclude, StringComparer.Ordinal);
        excluded.UnionWith(brief.Include);
        return new SuggestionQuery
        {
            AskerKey = string.IsNullOrWhiteSpace(brief.AnchorKey) ? null : brief.AnchorKey,
            Brief = text.Length > 0 ? text : null,
            Targets = role.Types().ToHashSet(),
            Top = brief.Region is null ? TeamWeights.PoolSize : TeamWeights.PoolSize * 4,
            Excluded = excluded,
            Diversify = false,
            Explain = false,
            Now = brief.Now,
        };
    }
}
