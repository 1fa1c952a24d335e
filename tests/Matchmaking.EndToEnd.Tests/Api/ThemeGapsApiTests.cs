using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>The hub's view over HTTP: a theme's supply and demand by province, and themes ranked by unmet demand.</summary>
[Collection(DemoSiloCollection.Name)]
public sealed class ThemeGapsApiTests(DemoSiloFixture fixture)
{
    private readonly HttpClient http = fixture.Http;

    [Fact]
    public async Task A_theme_by_province_and_the_ranking_of_gaps()
    {
        var gaps = await http.GetFromJsonAsync<JsonObject>("api/themes/cybersecurity/gaps");
        var brescia = await http.GetFromJsonAsync<JsonObject>("api/themes/cybersecurity/gaps?province=bs");
        var ranking = await http.GetFromJsonAsync<JsonObject>("api/themes/gaps?top=5");

        Assert.True((int)gaps!["offerers"]! > 0);
        Assert.True((int)gaps["seekers"]! > 0);
        Assert.Equal(
            (int)gaps["seekers"]!,
            gaps["provinces"]!.AsArray().Sum(p => (int)p!["seekers"]!) + CountWithoutProvince(gaps));
        Assert.Equal(["BS"], brescia!["provinces"]!.AsArray().Select(p => (string?)p!["province"]));
        var items = ranking!["items"]!.AsArray();
        Assert.InRange(items.Count, 0, 5);
        Assert.All(items, i => Assert.True((int)i!["gap"]! > 0));
        Assert.Equal(items.Select(i => (int)i!["gap"]!).OrderDescending(), items.Select(i => (int)i!["gap"]!));
    }

    [Fact]
    public async Task Unknown_themes_are_404_and_bad_filters_400()
    {
        using var unknown = await http.GetAsync("api/themes/teleportation/gaps");
        using var province = await http.GetAsync("api/themes/ai/gaps?province=Brescia");
        using var top = await http.GetAsync("api/themes/gaps?top=0");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, province.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, top.StatusCode);
    }

    // Seekers whose profile has no province are in the total but in no province's row.
    private static int CountWithoutProvince(JsonObject gaps) =>
        gaps["unmetSeekers"]!.AsArray().Count(s => s!["province"] is null);
}
