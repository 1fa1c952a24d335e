using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Scoring;
using Matchmaking.Matching.Text;

namespace Matchmaking.Matching.Teams;

/// <summary>
/// Turns a found team into a <see cref="TeamProposal"/>: its members, the coverage of each need, each pair's fit, and
/// (when the brief asks to explain) the reasons and the draft, in the brief's language, quoting the profiles.
/// </summary>
internal sealed class TeamExplainer(
    MatchIndex index,
    TeamBrief brief,
    TeamWeights weights,
    TeamNeeds needs,
    TeamCandidate[] candidates,
    int fixedCount,
    TeamSearch search,
    PairScorer scorer,
    IReadOnlyList<string> themes)
{
    private readonly TeamWording wording = new(index, brief);
    private TeamWording? otherWording;

    /// <summary>The same brief worded in the other language, for the reasons in both.</summary>
    private TeamWording OtherWording => otherWording ??= wording.Other();

    public TeamProposal Proposal(ScoredTeam team, IReadOnlyList<int> alternates)
    {
        var members = team.Members.Select((m, i) => Member(m, team.Roles[i])).ToList();
        var hits = team.Members.Select(m => candidates[m].Hits).ToArray();
        var coverage = needs.All.Select((need, n) => new NeedCoverage(
                need.Label,
                Math.Round(needs.CoverageOf(n, hits), 4),
                team.Members.Where(m => needs.CoverageOf(n, [candidates[m].Hits]) > 0).Select(m => candidates[m].Actor.Key).ToList()))
            .ToList();
        var pairs = Pairs(team, wording);
        var reasons = Reasons(wording, team, coverage, pairs);
        var otherReasons = brief.Explain ? Reasons(OtherWording, team, coverage, Pairs(team, OtherWording)) : [];
        var teamThemes = TeamThemes(team);
        var alternateMembers = alternates.Select(a => Member(a, RoleIn(a))).ToList();
        var proposal = new TeamProposal(Math.Round(team.Score, 4), members, coverage, pairs, reasons, Draft(team, members, teamThemes))
        {
            Themes = teamThemes,
            Alternates = alternateMembers,
            ReasonsIt = wording.Italian ? reasons : otherReasons,
            ReasonsEn = wording.Italian ? otherReasons : reasons,
        };
        return proposal;
    }

    private TeamMember Member(int m, TeamRole role)
    {
        var actor = candidates[m].Actor;
        return new TeamMember(actor.Key, actor.Type, actor.Name, role, Math.Round(candidates[m].Relevance, 4));
    }

    private TeamRole RoleIn(int m) => TeamPlan.RoleOf(candidates[m].Actor.Type, brief) ?? TeamRole.Company;

    private List<PairFit> Pairs(ScoredTeam team, TeamWording words)
    {
        var pairs = new List<PairFit>();
        for (var i = 0; i < team.Members.Length; i++)
        {
            for (var j = i + 1; j < team.Members.Length; j++)
            {
                pairs.Add(Pair(team.Members[i], team.Members[j], words));
            }
        }

        return pairs;
    }

    private PairFit Pair(int a, int b, TeamWording words)
    {
        var score = search.Pair(a, b);
        var (x, y) = a < b ? (candidates[a].Actor, candidates[b].Actor) : (candidates[b].Actor, candidates[a].Actor);
        var reasons = brief.Explain
            ? score.Contributions(weights)
                .Where(c => c.Contribution >= 0.005)
                .OrderByDescending(c => c.Contribution)
                .Select(c => new Reason(c.Factor, Math.Round(c.Contribution, 4), words.PairEvidence(c.Factor, x, y, score)))
                .ToList()
            : [];
        return new PairFit(candidates[a].Actor.Key, candidates[b].Actor.Key, Math.Round(score.Total(weights), 4), reasons);
    }

    private List<Reason> Reasons(TeamWording words, ScoredTeam team, IReadOnlyList<NeedCoverage> coverage, IReadOnlyList<PairFit> pairs)
    {
        if (!brief.Explain)
        {
            return [];
        }

        var graphShare = pairs.Count == 0 ? 0 : pairs.Average(p => p.Reasons.Where(r => r.Factor == "graph").Sum(r => r.Contribution));
        var reasons = new List<Reason>
        {
            new("coverage", weights.Coverage * team.Coverage, words.Coverage(coverage, candidates, team)),
            new("relevance", weights.Relevance * team.Relevance, words.Relevance(team.Members.Where(m => m >= fixedCount).Select(m => candidates[m].Actor))),
            new("fit", weights.Pair * Math.Max(0, team.Pair - graphShare), words.Fit(pairs)),
            new("graph", weights.Pair * graphShare, words.Closeness(team.Members.Select(m => candidates[m].Actor).ToList(), scorer)),
        };
        return reasons
            .Where(r => r.Contribution > 0 && r.Evidence.Length > 0)
            .OrderByDescending(r => r.Contribution)
            .Select(r => r with { Contribution = Math.Round(r.Contribution, 4) })
            .ToList();
    }

    /// <summary>The brief's themes; else the themes at least two members offer; else the first member's.</summary>
    private List<string> TeamThemes(ScoredTeam team)
    {
        if (themes.Count > 0)
        {
            return [.. themes];
        }

        var offered = team.Members.SelectMany(m => candidates[m].Actor.OfferedNamed.Distinct()).GroupBy(t => t, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
        return offered.Count > 0 ? offered.Take(3).ToList() : [.. candidates[team.Members[0]].Actor.OfferedNamed.Take(1)];
    }

    private ProjectDraft Draft(ScoredTeam team, IReadOnlyList<TeamMember> members, IReadOnlyList<string> teamThemes) =>
        brief.Explain
            ? ProjectDrafter.Draft(wording, brief, members, team.Members.Select(m => candidates[m].Actor).ToList(), teamThemes)
            : new ProjectDraft("", "", "", "");
}
