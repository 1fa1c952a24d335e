using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Api;

public sealed class ListsAndThemesApiTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    private readonly HttpClient http = fixture.Http;

    [Fact]
    public async Task Lists_filter_by_kind_theme_province_and_text_and_page()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 5; i++)
        {
            var company = Company($"Meccanica {tag} {i}");
            company["location"]!["province"] = i < 3 ? "BS" : "CR";
            (await http.PutAsJsonAsync($"api/companies/{NewId("list")}", company)).EnsureSuccessStatusCode();
        }

        (await http.PutAsJsonAsync($"api/researchers/{NewId("list")}", Researcher($"Ricerca {tag}"))).EnsureSuccessStatusCode();

        var all = await http.GetFromJsonAsync<JsonObject>($"api/actors?q={tag}");
        Assert.Equal(6, (int?)all!["total"]);
        var companiesInBs = await http.GetFromJsonAsync<JsonObject>($"api/companies?q={tag}&province=bs");
        Assert.Equal(3, (int?)companiesInBs!["total"]);
        var researchers = await http.GetFromJsonAsync<JsonObject>($"api/actors?q={tag}&kind=researcher");
        Assert.Equal("researcher", (string?)researchers!["items"]![0]!["kind"]);
        Assert.Equal(1, (int?)researchers["total"]);

        // A theme filter finds who offers or seeks the theme or a sub-theme: only the researcher offers
        // machine-learning; under ai the companies seeking predictive maintenance count too.
        var machineLearning = await http.GetFromJsonAsync<JsonObject>($"api/actors?q={tag}&theme=machine-learning");
        Assert.Equal(1, (int?)machineLearning!["total"]);
        var ai = await http.GetFromJsonAsync<JsonObject>($"api/actors?q={tag}&theme=ai");
        Assert.Equal(6, (int?)ai!["total"]);
        var cybersecurity = await http.GetFromJsonAsync<JsonObject>($"api/actors?q={tag}&theme=cybersecurity");
        Assert.Equal(0, (int?)cybersecurity!["total"]);

        var page2 = await http.GetFromJsonAsync<JsonObject>($"api/companies?q={tag}&pageSize=2&page=2");
        Assert.Equal(5, (int?)page2!["total"]);
        Assert.Equal(2, page2["items"]!.AsArray().Count);
        Assert.Equal($"Meccanica {tag} 2", (string?)page2["items"]![0]!["name"]);
    }

    [Theory]
    [InlineData("api/actors?kind=planet", "kind")]
    [InlineData("api/actors?theme=nonsense", "theme")]
    [InlineData("api/companies?province=Brescia", "province")]
    [InlineData("api/companies?page=0", "page")]
    [InlineData("api/companies?pageSize=1000", "pageSize")]
    [InlineData("api/companies?page=abc", "page")]
    public async Task Bad_list_filters_are_400_naming_the_parameter(string url, string field)
    {
        using var response = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadObjectAsync())["errors"]!.AsObject().ContainsKey(field));
    }

    [Fact]
    public async Task Themes_list_the_taxonomy_and_a_theme_knows_who_offers_and_seeks_it()
    {
        var themes = await http.GetFromJsonAsync<JsonObject>("api/themes");
        var ids = themes!["items"]!.AsArray().Select(t => (string?)t!["id"]).ToList();
        Assert.Contains("industrial-iot", ids);
        Assert.Contains("cybersecurity", ids);
        Assert.Equal(ids.Count, (int?)themes["total"]);

        var offerer = NewId("offers-pm");
        var seeker = NewId("seeks-pm");
        (await http.PutAsJsonAsync($"api/researchers/{offerer}", Researcher())).EnsureSuccessStatusCode();
        (await http.PutAsJsonAsync($"api/companies/{seeker}", Company())).EnsureSuccessStatusCode();

        var theme = await http.GetFromJsonAsync<JsonObject>("api/themes/predictive-maintenance");
        Assert.Equal("manutenzione predittiva", ((string?)theme!["labelIt"])?.ToLowerInvariant());
        Assert.Contains(offerer, theme["offerers"]!.AsArray().Select(a => (string?)a!["id"]));
        Assert.Contains(seeker, theme["seekers"]!.AsArray().Select(a => (string?)a!["id"]));
        Assert.DoesNotContain(seeker, theme["offerers"]!.AsArray().Select(a => (string?)a!["id"]));

        using var unknown = await http.GetAsync("api/themes/astrology");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Health_and_openapi_answer()
    {
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("health")).StatusCode);
        var openApi = await http.GetFromJsonAsync<JsonObject>("openapi/v1.json");
        Assert.True(openApi!["paths"]!.AsObject().ContainsKey("/api/companies/{id}"));
    }
}
