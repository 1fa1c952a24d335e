using Matchmaking.Abstractions.Calls;
using Matchmaking.Abstractions.Coaches;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Grains.Calls;
using Matchmaking.Grains.Proposals;

namespace Matchmaking.Silo.Pages;

/// <summary><c>/calls</c>: the open funding calls and, for a coach or a member, the proposals that fit each one.</summary>
public sealed class CallsModel(SiteData data, CallBoard calls, ProposalBoard board, TimeProvider clock) : SitePage
{
    public IReadOnlyList<StoredCall> Open { get; private set; } = [];

    /// <summary>The proposals the viewer follows (a coach's portfolio, a member's proposals).</summary>
    public IReadOnlyList<Proposal> Proposals { get; private set; } = [];

    public SiteData Data => data;

    public async Task OnGetAsync()
    {
        Open = calls.Open(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Proposals = Viewer switch
        {
            { IsCoach: true, UserId: { } coach } => data.Visible(await data.Grains.GetGrain<ICoachGrain>(coach).GetPortfolioAsync(), Viewer),
            { Actor: { } actor } => data.Visible(board.ForMember(actor), Viewer),
            _ => [],
        };
    }

    public IEnumerable<(Proposal Proposal, CallMatch Match)> Fitting(string callId) => Proposals
        .Where(p => p.Status is not (ProposalStatus.Dropped or ProposalStatus.Declined))
        .SelectMany(p => p.Calls.Where(c => c.Id == callId).Select(c => (p, c)))
        .OrderByDescending(x => x.c.Fit);
}
