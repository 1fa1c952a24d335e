using System.Security.Claims;
using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Themes;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Themes;
using Matchmaking.Matching.Themes;
using Orleans;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Http;
using Matchmaking.Silo.OpenApi;

namespace Matchmaking.Silo.Apis;

/// <summary>
/// The hub's view: <c>GET /api/themes/{id}/gaps</c> (supply and demand of a theme by province, unmet seekers, the
/// most connected actors) and <c>GET /api/themes/gaps</c> (themes ranked by demand no local offerer meets).
/// </summary>
public static class ThemeGapsApi
{
    public const int DefaultTop = 10;

    public static IEndpointRouteBuilder MapThemeGapsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/themes").WithTags("themes");
        group.MapGet("/gaps", Ranking).RequireAuthorization(Policies.Coach).Answers<ThemeGapsRanking>()
            .Query(QueryParameters.Province, QueryParameter.Integer("top", "How many themes, 1 to 100 (default 10).")).WithSummary("Themes with many seekers and few local offerers, biggest gap first; province, top.");
        group.MapGet("/{id}/gaps", ForTheme).RequireAuthorization(Policies.Coach).Answers<ThemeGaps>().Query(QueryParameters.Province).WithSummary("A theme's offerers and seekers by province, seekers with no local offerer, the most connected actors; province.");
        return app;
    }

    private static async Task<IResult> ForTheme(string id, HttpRequest request, IGrainFactory grains, ActorDirectory directory, ClaimsPrincipal user)
    {
        var (province, _, errors) = Read(request);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var gaps = await grains.GetGrain<IThemeGrain>(id.ToLowerInvariant()).GetGapsAsync(province);
        var viewer = Viewer.From(user); // hidden actors only to admins (and their own member, who is no coach)
        return gaps is null ? Problems.NotFound($"theme '{id}'") : Results.Ok(gaps with
        {
            UnmetSeekers = [.. gaps.UnmetSeekers.Where(a => directory.IsVisibleTo(new ActorRef(a.Kind, a.Id), viewer))],
            Connected = [.. gaps.Connected.Where(a => directory.IsVisibleTo(new ActorRef(a.Kind, a.Id), viewer))],
        });
    }

    private static async Task<IResult> Ranking(HttpRequest request, IGrainFactory grains, ThemeTaxonomy taxonomy)
    {
        var (province, top, errors) = Read(request);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var all = await Task.WhenAll(taxonomy.All.Select(t => grains.GetGrain<IThemeGrain>(t.Id).GetGapsAsync(province)));
        return Results.Ok(new { province, items = ThemeGapsView.Ranking(all, top) });
    }

    private static (string? Province, int Top, Dictionary<string, string[]> Errors) Read(HttpRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var province = request.Query["province"].ToString().Trim().ToUpperInvariant();
        if (province.Length > 0 && (province.Length != 2 || !province.All(char.IsAsciiLetterUpper)))
        {
            errors["province"] = ["A province is a two-letter code such as CR or BS."];
        }

        var top = DefaultTop;
        if (request.Query["top"].ToString() is { Length: > 0 } text && (!int.TryParse(text, out top) || top is < 1 or > 100))
        {
            errors["top"] = ["A whole number from 1 to 100."];
        }

        return (province.Length > 0 ? province : null, top, errors);
    }
}
