using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Coaches;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Themes;
using Matchmaking.Grains.Proposals;

namespace Matchmaking.Silo.Pages;

/// <summary><c>/</c>: the ecosystem at a glance — themes with offerers and seekers, gaps, recent proposals.</summary>
public sealed class IndexModel(SiteData data, ProposalBoard board) : SitePage
{
    public IReadOnlyList<(ActorKind Kind, int Count)> Kinds { get; private set; } = [];

    public IReadOnlyList<ThemeSummary> Themes { get; private set; } = [];

    /// <summary>Themes with unmet demand, as <c>GET /api/themes/gaps</c> ranks them.</summary>
    public IReadOnlyList<ThemeGap> Gaps { get; private set; } = [];

    public SiteData Data => data;

    /// <summary>The latest proposals the viewer may follow: a coach's portfolio, a member's proposals; none for the anonymous.</summary>
    public IReadOnlyList<Proposal> Recent { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var visible = data.Visible(data.Directory.All(), Viewer);
        Kinds = ActorKinds.All.Select(k => (k, visible.Count(a => a.Kind == k))).ToList();
        var summaries = await data.ThemeSummariesAsync();
        Themes = summaries.Where(s => s.Offerers + s.Seekers > 0).ToList();
        Gaps = await data.ThemeGapsAsync(8);
        Recent = Viewer switch
        {
            { IsCoach: true, UserId: { } coach } => [.. data.Visible(await data.Grains.GetGrain<ICoachGrain>(coach).GetPortfolioAsync(), Viewer).Take(5)],
            { Actor: { } actor } => [.. data.Visible(board.ForMember(actor), Viewer).Take(5)],
            _ => [],
        };
    }
}
