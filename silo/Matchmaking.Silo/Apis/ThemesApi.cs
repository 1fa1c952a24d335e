using System.Security.Claims;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Json;
using Matchmaking.Matching.Themes;
using Orleans;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Directory;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Http;
using Matchmaking.Silo.OpenApi;

namespace Matchmaking.Silo.Apis;

/// <summary><c>/api/themes</c>: the taxonomy, with who offers and seeks each theme.</summary>
public static class ThemesApi
{
    public static IEndpointRouteBuilder MapThemesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/themes").WithTags("themes");
        group.MapGet("/", List).AllowAnonymous().Answers<Listed<ThemeCountsAnswer>>().WithSummary("Every theme with its labels, synonyms, parent, children and counts of offerers and seekers.");
        group.MapGet("/{id}", Get).AllowAnonymous().Answers<ThemeAnswer>().WithSummary("A theme with the actors that offer it and those that seek it (sub-themes included).");
        return app;
    }

    // Counts and lists hold only the actors the viewer may see.
    private static async Task<IResult> List(ThemeTaxonomy taxonomy, IGrainFactory grains, ActorDirectory directory, ClaimsPrincipal user)
    {
        var viewer = Viewer.From(user);
        var details = await Task.WhenAll(taxonomy.All.Select(t => grains.GetGrain<IThemeGrain>(t.Id).GetAsync()));
        var items = details.OfType<Abstractions.Themes.ThemeDetails>()
            .Select(d => Flatten(d.Theme, Visible(d.Offerers, directory, viewer).Count, Visible(d.Seekers, directory, viewer).Count))
            .ToList();
        return Results.Ok(new { items, total = items.Count });
    }

    private static async Task<IResult> Get(string id, IGrainFactory grains, ActorDirectory directory, ClaimsPrincipal user)
    {
        var viewer = Viewer.From(user);
        var details = await grains.GetGrain<IThemeGrain>(id.ToLowerInvariant()).GetAsync();
        return details is null
            ? Problems.NotFound($"theme '{id}'")
            : Results.Json(Flatten(details.Theme, Visible(details.Offerers, directory, viewer), Visible(details.Seekers, directory, viewer)));
    }

    private static List<ActorSummary> Visible(IReadOnlyList<ActorSummary> actors, ActorDirectory directory, Viewer viewer) =>
        [.. actors.Where(a => directory.IsVisibleTo(new ActorRef(a.Kind, a.Id), viewer))];

    // A theme's own fields and its offerers/seekers side by side, as one flat object.
    private static JsonObject Flatten(object theme, object offerers, object seekers)
    {
        var node = System.Text.Json.JsonSerializer.SerializeToNode(theme, MatchmakingJson.Options)!.AsObject();
        node["offerers"] = System.Text.Json.JsonSerializer.SerializeToNode(offerers, MatchmakingJson.Options);
        node["seekers"] = System.Text.Json.JsonSerializer.SerializeToNode(seekers, MatchmakingJson.Options);
        return node;
    }
}
