using Matchmaking.Abstractions.Coaches;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Grains.Calls;
using Matchmaking.Grains.Drafting;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Proposals;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Teams;
using Orleans;

namespace Matchmaking.Grains.Coaches;

/// <summary>
/// Forms proposals for a brief: checks it, runs the engine's <see cref="TeamFormation"/> without the pairs a
/// member declined (in an earlier proposal, or as feedback on a suggestion), matches each team to the open calls
/// it may apply to, and lets the optional <see cref="IDraftRewriter"/> rewrite the drafts. Stores nothing: the
/// coach grain does.
/// </summary>
public sealed class ProposalFormation(
    MatchIndex index,
    Matchmaker matchmaker,
    CoachBriefRules rules,
    CallMatcher calls,
    ProposalBoard board,
    IDraftRewriter rewriter,
    IGrainFactory grains,
    TimeProvider clock)
{
    /// <summary>How many times the team search is re-run when members turn out to have declined each other.</summary>
    private const int DeclineRounds = 3;

    private readonly TeamFormation formation = new(index);

    /// <summary>Unsaved proposals (no id, status draft) for the brief, best first; throws ValidationFailedException.</summary>
    public async Task<IReadOnlyList<Proposal>> FormAsync(ProjectBrief brief, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var (teamBrief, lang) = rules.Check(brief, now, ProfileOf);
        var teams = await ProposeAvoidingDeclinesAsync(teamBrief);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var proposals = teams.Select(team => ToProposal(team, lang, today)).ToList();
        var drafts = await Task.WhenAll(proposals.Select(p => RewriteAsync(p, teamBrief, cancellationToken)));
        return [.. proposals.Zip(drafts, (p, draft) => draft is null ? p : p with { Draft = draft })];
    }

    /// <summary>Teams for an open funding call: its themes and region, only teams that may apply; nothing stored.</summary>
    public async Task<IReadOnlyList<Proposal>> FormForCallAsync(Abstractions.Calls.FundingCall call, int top, string lang)
    {
        ArgumentNullException.ThrowIfNull(call);
        var now = clock.GetUtcNow();
        var brief = new ProjectBrief
        {
            Themes = call.Themes,
            Need = call.Themes.Count == 0 ? $"{call.Title}. {call.Description}" : null,
            Top = Math.Min(ProjectBrief.MaxTop, top * 3),
            Lang = lang,
        };
        var (teamBrief, _) = rules.Check(brief, now, ProfileOf);
        var teams = await ProposeAvoidingDeclinesAsync(teamBrief);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return [.. teams
            .Where(team => CallMatcher.ApplicantOf(call, Profiles(team)) is not null)
            .Take(top)
            .Select(team => ToProposal(team, lang, today))];
    }

    private async Task<IReadOnlyList<TeamProposal>> ProposeAvoidingDeclinesAsync(TeamBrief brief)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var (a, b) in board.DeclinedPairs())
        {
            pairs.Add((a, b));
            pairs.Add((b, a));
        }

        var read = new HashSet<string>(StringComparer.Ordinal);
        await ReadDeclinesAsync([.. brief.Include, .. brief.AnchorKey is null ? Array.Empty<string>() : [brief.AnchorKey]], read, pairs);
        IReadOnlyList<TeamProposal> teams = [];
        for (var round = 0; round < DeclineRounds; round++)
        {
            teams = formation.Propose(brief with { DeclinedPairs = [.. pairs] });
            var members = teams.SelectMany(t => t.Members.Select(m => m.Key)).ToList();
            await ReadDeclinesAsync(members, read, pairs);
            if (!teams.Any(t => Declined(t, pairs)))
            {
                return teams;
            }
        }

        return [.. teams.Where(t => !Declined(t, pairs))];
    }

    private async Task ReadDeclinesAsync(IEnumerable<string> keys, HashSet<string> read, HashSet<(string, string)> pairs)
    {
        var actors = keys.Where(read.Add).Select(k => MatchKeys.TryParse(k, out var actor) ? actor : null).OfType<ActorRef>().ToList();
        var relations = await Task.WhenAll(actors.Select(a => grains.Actor(a).GetRelationsAsync()));
        for (var i = 0; i < actors.Count; i++)
        {
            foreach (var declined in relations[i]?.Declined ?? [])
            {
                pairs.Add((MatchKeys.Of(actors[i]), MatchKeys.Of(declined.Actor)));
                pairs.Add((MatchKeys.Of(declined.Actor), MatchKeys.Of(actors[i])));
            }
        }
    }

    private static bool Declined(TeamProposal team, HashSet<(string, string)> pairs) =>
        team.Members.Any(a => team.Members.Any(b => pairs.Contains((a.Key, b.Key))));

    private Proposal ToProposal(TeamProposal team, string lang, DateOnly today)
    {
        var members = new List<ProposalMember>();
        foreach (var member in team.Members)
        {
            if (MatchKeys.TryParse(member.Key, out var actor))
            {
                members.Add(new ProposalMember(actor.Kind, actor.Id, member.Name, member.Role.Name()));
            }
        }

        return new Proposal
        {
            Status = ProposalStatus.Draft,
            Score = Math.Round(team.Score, 4),
            Members = members,
            Reasons = Reasons(team.Reasons),
            ReasonsIt = Reasons(team.ReasonsIt),
            ReasonsEn = Reasons(team.ReasonsEn),
            Themes = team.Themes,
            Draft = new ProposalDraft(team.Draft.TitleIt, team.Draft.TitleEn, team.Draft.ObjectiveIt, team.Draft.ObjectiveEn, ProposalDraft.EngineSource),
            Calls = calls.Match(Profiles(team), team.Themes, today, lang),
            Lang = lang,
        };
    }

    private static List<SuggestionReason> Reasons(IEnumerable<Matching.Scoring.Reason> reasons) =>
        [.. reasons.Select(r => new SuggestionReason(r.Factor, Math.Round(r.Contribution, 4), r.Evidence))];

    private List<MatchProfile> Profiles(TeamProposal team) =>
        [.. team.Members.Select(m => ProfileOf(m.Key)).OfType<MatchProfile>()];

    private MatchProfile? ProfileOf(string key) => MatchKeys.TryParse(key, out var actor) ? matchmaker.Profile(actor) : null;

    private Task<ProposalDraft?> RewriteAsync(Proposal proposal, TeamBrief brief, CancellationToken cancellationToken) =>
        rewriter.RewriteAsync(new DraftContext(proposal.Draft, proposal.Members, proposal.Themes, brief.Need, proposal.Lang), cancellationToken);
}
