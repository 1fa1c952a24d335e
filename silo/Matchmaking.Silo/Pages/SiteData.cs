using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Themes;
using Matchmaking.Grains.Directory;
using Matchmaking.Matching.Themes;
using Orleans;
using Matchmaking.Silo.Auth;

namespace Matchmaking.Silo.Pages;

/// <summary>A stored profile of any kind, as the pages show it.</summary>
public sealed record ActorPage(ActorRef Actor, ActorProfile Profile, string Version, DateTimeOffset UpdatedAt);

/// <summary>
/// What the pages read, through the same in-process services the API uses (grains, directory, taxonomy);
/// never through the silo's own HTTP API.
/// </summary>
public sealed class SiteData(IGrainFactory grains, ActorDirectory directory, ThemeTaxonomy taxonomy)
{
    public ThemeTaxonomy Taxonomy => taxonomy;

    public ActorDirectory Directory => directory;

    public IGrainFactory Grains => grains;

    public ThemeDefinition? Theme(string? id) => id is not null && taxonomy.TryGet(id, out var theme) ? theme : null;

    public async Task<IReadOnlyList<ThemeSummary>> ThemeSummariesAsync()
    {
        var summaries = await Task.WhenAll(taxonomy.All.Select(t => grains.GetGrain<IThemeGrain>(t.Id).GetSummaryAsync()));
        return summaries.OfType<ThemeSummary>().ToList();
    }

    /// <summary>The themes with unmet demand, ranked as <c>GET /api/themes/gaps</c> ranks them (the same computation).</summary>
    public async Task<IReadOnlyList<ThemeGap>> ThemeGapsAsync(int top)
    {
        var all = await Task.WhenAll(taxonomy.All.Select(t => grains.GetGrain<IThemeGrain>(t.Id).GetGapsAsync(null)));
        return Matchmaking.Grains.Themes.ThemeGapsView.Ranking(all, top);
    }

    public async Task<ActorPage?> GetActorAsync(ActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!ActorIds.IsValid(actor.Id))
        {
            return null;
        }

        return actor.Kind switch
        {
            ActorKind.Company => Page(actor, await grains.GetGrain<ICompanyGrain>(actor.Id).GetAsync()),
            ActorKind.Startup => Page(actor, await grains.GetGrain<IStartupGrain>(actor.Id).GetAsync()),
            ActorKind.Researcher => Page(actor, await grains.GetGrain<IResearcherGrain>(actor.Id).GetAsync()),
            _ => null,
        };
    }

    /// <summary>The actor when it exists and <paramref name="viewer"/> may see it; null otherwise (the same answer for both).</summary>
    public async Task<ActorPage?> GetVisibleActorAsync(ActorRef actor, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(viewer);
        if (!ActorIds.IsValid(actor.Id) || !directory.ExistsFor(actor, viewer))
        {
            return null;
        }

        var page = await GetActorAsync(actor);
        return page is not null && viewer.CanSee(page.Profile.Visibility, actor) ? page : null;
    }

    /// <summary>The items whose actor exists and <paramref name="viewer"/> may see, in their order.</summary>
    public IReadOnlyList<T> Visible<T>(IEnumerable<T> items, Func<T, ActorRef> actorOf, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(actorOf);
        ArgumentNullException.ThrowIfNull(viewer);
        return [.. items.Where(item => directory.ExistsFor(actorOf(item), viewer))];
    }

    /// <summary>
    /// The proposals whose every member the viewer may see: a proposal's draft and reasons quote its members, so one
    /// naming a hidden actor is left out whole rather than shown in part.
    /// </summary>
    public IReadOnlyList<Proposal> Visible(IEnumerable<Proposal> proposals, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        ArgumentNullException.ThrowIfNull(viewer);
        return [.. proposals.Where(p => p.Members.All(m => directory.IsVisibleTo(m.Actor, viewer)))];
    }

    /// <summary>Summaries the viewer may see.</summary>
    public IReadOnlyList<ActorSummary> Visible(IEnumerable<ActorSummary> summaries, Viewer viewer) =>
        Visible(summaries, s => new ActorRef(s.Kind, s.Id), viewer);

    private static ActorPage? Page<TProfile>(ActorRef actor, StoredProfile<TProfile>? stored)
        where TProfile : ActorProfile =>
        stored is null ? null : new ActorPage(actor, stored.Profile, stored.Version, stored.UpdatedAt);
}
