using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Json;
using Matchmaking.Matching.Themes;
using Matchmaking.Runtime;
using Matchmaking.Silo.Http;

namespace Matchmaking.Silo.Apis;

/// <summary><c>/api/themes</c>: the taxonomy, with who offers and seeks each theme.</summary>
public static class ThemesApi
{
    public static IEndpointRouteBuilder MapThemesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/themes").WithTags("themes");
        group.MapGet("/", List).WithSummary("Every theme with its labels, synonyms, parent, children and counts of offerers and seekers.");
        group.MapGet("/{id}", Get).WithSummary("A theme with the actors that offer it and those that seek it (sub-themes included).");
        return app;
    }

    private static async Task<IResult> List(ThemeTaxonomy taxonomy, IGrainFactory grains)
    {
        var summaries = await Task.WhenAll(taxonomy.All.Select(t => grains.GetGrain<IThemeGrain>(t.Id).GetSummaryAsync()));
        var items = summaries.OfType<Abstractions.Themes.ThemeSummary>()
            .Select(s => Flatten(s.Theme, s.Offerers, s.Seekers))
            .ToList();
        return Results.Ok(new { items, total = items.Count });
    }

    private static async Task<IResult> Get(string id, IGrainFactory grains)
    {
        var details = await grains.GetGrain<IThemeGrain>(id.ToLowerInvariant()).GetAsync();
        return details is null
            ? Problems.NotFound($"theme '{id}'")
            : Results.Json(Flatten(details.Theme, details.Offerers, details.Seekers));
    }

    // A theme's own fields and its offerers/seekers side by side, as one flat object.
    private static JsonObject Flatten(object theme, object offerers, object seekers)
    {
        var node = System.Text.Json.JsonSerializer.SerializeToNode(theme, MatchmakingJson.Options)!.AsObject();
        node["offerers"] = System.Text.Json.JsonSerializer.SerializeToNode(offerers, MatchmakingJson.Options);
        node["seekers"] = System.Text.Json.JsonSerializer.SerializeToNode(seekers, MatchmakingJson.Options);
        return node;
    }
}
