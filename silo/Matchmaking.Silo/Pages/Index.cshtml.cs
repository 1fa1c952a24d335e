using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Coaches;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Themes;
using Matchmaking.Grains.Proposals;
using Matchmaking.Grains.Suggestions;

namespace Matchmaking.Silo.Pages;

/// <summary>
/// <c>/</c>: the hub manager's dashboard — actors by province on a map of Lombardy, supply against demand per theme,
/// the collaboration network, gaps and recent proposals; every picture also as a table. Counts only what the viewer
/// may see.
/// </summary>
public sealed class IndexModel(SiteData data, ProposalBoard board, Matchmaker matchmaker) : SitePage
{
    /// <summary>How many themes the supply and demand picture draws (the table lists them all).</summary>
    public const int ChartedThemes = 10;

    public IReadOnlyList<(ActorKind Kind, int Count)> Kinds { get; private set; } = [];

    public IReadOnlyList<ThemeSummary> Themes { get; private set; } = [];

    /// <summary>The most sought themes, most seekers first, for the picture.</summary>
    public IReadOnlyList<ThemeSummary> Charted { get; private set; } = [];

    public IReadOnlyList<ProvinceCount> Provinces { get; private set; } = [];

    public CollaborationPicture Network { get; private set; } = CollaborationPicture.Empty;

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
        Charted = [.. Themes.OrderByDescending(s => s.Seekers).ThenByDescending(s => s.Offerers).ThenBy(s => s.Theme.Id, StringComparer.Ordinal).Take(ChartedThemes)];
        Provinces = HubPicture.ByProvince(visible);
        Network = HubPicture.Network(matchmaker.Collaborations(), visible.ToDictionary(a => new ActorRef(a.Kind, a.Id)));
        Gaps = await data.ThemeGapsAsync(8);
        Recent = Viewer switch
        {
            { IsCoach: true, UserId: { } coach } => [.. data.Visible(await data.Grains.GetGrain<ICoachGrain>(coach).GetPortfolioAsync(), Viewer).Take(5)],
            { Actor: { } actor } => [.. data.Visible(board.ForMember(actor), Viewer).Take(5)],
            _ => [],
        };
    }
}
