using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>Suggestions over HTTP from the real silo with the demo ecosystem: the contract, both modes, every bad input.</summary>
[Collection(DemoSiloCollection.Name)]
public sealed class SuggestionsApiTests(DemoSiloFixture fixture)
{
    private const string ValTrompiaCompany = "api/companies/officine-bresciane-valvole/suggestions";

    private readonly HttpClient http = fixture.Http;

    [Fact]
    public async Task A_val_trompia_company_needing_manutenzione_predittiva_gets_a_researcher_offering_predictive_maintenance()
    {
        var items = await ItemsAsync(await http.GetAsync($"{ValTrompiaCompany}?target=researcher&top=10"));

        Assert.InRange(items.Count, 1, 10);
        Assert.All(items, i => Assert.Equal("researcher", (string?)i["kind"]));
        Assert.Contains(items, i => i["reasons"]!.AsArray().Any(r =>
            ((string)r!["evidence"]!).Contains("predictive maintenance", StringComparison.OrdinalIgnoreCase)
            && ((string)r["evidence"]!).Contains("manutenzione predittiva", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Suggestions_answer_exactly_the_contract_shape()
    {
        using var response = await http.GetAsync($"{ValTrompiaCompany}?top=5");
        var body = await response.ReadObjectAsync();

        Assert.Equal(["items"], body.Select(p => p.Key));
        var items = body["items"]!.AsArray();
        Assert.Equal(5, items.Count);
        foreach (var item in items.Select(i => i!.AsObject()))
        {
            Assert.Equal(["id", "kind", "name", "reasons", "score"], item.Select(p => p.Key).Order());
            Assert.Contains((string?)item["kind"], new[] { "company", "startup", "researcher" });
            Assert.True((double)item["score"]! > 0);
            Assert.NotEmpty(item["reasons"]!.AsArray());
            foreach (var reason in item["reasons"]!.AsArray().Select(r => r!.AsObject()))
            {
                Assert.Equal(["contribution", "evidence", "factor"], reason.Select(p => p.Key).Order());
                Assert.False(string.IsNullOrWhiteSpace((string?)reason["evidence"]));
            }
        }

        Assert.DoesNotContain(items, i => (string?)i!["id"] == "officine-bresciane-valvole");
    }

    [Fact]
    public async Task Targets_may_repeat_or_be_comma_separated_and_filters_narrow_the_list()
    {
        var repeated = await ItemsAsync(await http.GetAsync($"{ValTrompiaCompany}?target=startup&target=researcher&top=20"));
        var commas = await ItemsAsync(await http.GetAsync($"{ValTrompiaCompany}?target=startups,researchers&top=20"));
        var inCremona = await ItemsAsync(await http.GetAsync($"{ValTrompiaCompany}?province=cr&top=5"));
        var onTheme = await ItemsAsync(await http.GetAsync($"{ValTrompiaCompany}?theme=predictive-maintenance&target=company&top=3"));

        Assert.Equal(20, repeated.Count);
        Assert.DoesNotContain(repeated, i => (string?)i["kind"] == "company");
        Assert.Equal(repeated.Select(i => (string?)i["id"]), commas.Select(i => (string?)i["id"]));
        Assert.NotEmpty(inCremona);
        foreach (var item in inCremona)
        {
            var profile = await http.GetFromJsonAsync<JsonObject>($"api/{Plural(item)}/{item["id"]}");
            Assert.Equal("CR", (string?)profile!["location"]!["province"]);
        }

        Assert.InRange(onTheme.Count, 1, 3);
    }

    [Theory]
    [InlineData("Cerchiamo un laboratorio universitario per la manutenzione predittiva delle nostre presse", "predittiva")]
    [InlineData("We need computer vision to inspect surface defects on machined brass parts", "computer vision")]
    public async Task A_brief_in_italian_or_english_finds_actors_and_explains_them_in_that_language(string brief, string quoted)
    {
        using var response = await http.PostAsJsonAsync("api/suggestions", new { brief, target = new[] { "researcher", "startup" }, top = 5 });
        var items = await ItemsAsync(response);

        Assert.Equal(5, items.Count);
        Assert.All(items, i => Assert.NotEqual("company", (string?)i["kind"]));
        Assert.Contains(items, i => i["reasons"]!.AsArray().Any(r => ((string)r!["evidence"]!).Contains(quoted, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("target=planet", "target", "company, startup, researcher")]
    [InlineData("target=company,planets", "target", "company, startup, researcher")]
    [InlineData("top=0", "top", "1 and 100")]
    [InlineData("top=101", "top", "1 and 100")]
    [InlineData("top=ten", "top", "1 to 100")]
    [InlineData("theme=teleportation", "theme", "predictive-maintenance")]
    [InlineData("province=TO", "province", "BS, CR")]
    [InlineData("province=Brescia", "province", "BS, CR")]
    [InlineData("new=maybe", "new", "true or false")]
    public async Task A_bad_filter_is_a_400_naming_the_field_and_the_allowed_values(string query, string field, string allowed)
    {
        using var response = await http.GetAsync($"{ValTrompiaCompany}?{query}");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(allowed, string.Join(" ", problem["errors"]![field]!.AsArray().Select(m => (string?)m)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/companies/nessuna-azienda/suggestions")]
    [InlineData("api/researchers/Not%20A%20Slug/suggestions")]
    [InlineData("api/startups/officine-bresciane-valvole/suggestions")]
    public async Task Suggestions_for_an_unknown_actor_are_a_404(string url)
    {
        using var response = await http.GetAsync(url);
        await ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{}", "brief")]
    [InlineData("{\"brief\":\"   \"}", "brief")]
    [InlineData("{\"brief\":42}", "brief")]
    [InlineData("{\"brief\":\"valvole\",\"top\":500}", "top")]
    [InlineData("{\"brief\":\"valvole\",\"target\":[\"planet\"]}", "target")]
    [InlineData("{\"brief\":\"valvole\",\"theme\":\"teleportation\"}", "theme")]
    [InlineData("{\"brief\":\"valvole\",\"province\":\"ZZ\"}", "province")]
    [InlineData("{\"brief\":\"valvole\",\"colour\":\"blue\"}", "colour")]
    [InlineData("[1,2]", "$")]
    [InlineData("{\"brief\":", "$")]
    public async Task A_bad_brief_request_is_a_400_naming_the_field(string body, string field)
    {
        using var response = await http.PostAsync("api/suggestions", Json(body));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Fact]
    public async Task A_brief_over_20000_characters_is_a_clear_400_and_a_1_mb_body_a_prompt_413()
    {
        using var tooLong = await http.PostAsJsonAsync("api/suggestions", new { brief = new string('x', 20_001) });
        var problem = await ProblemAsync(tooLong, HttpStatusCode.BadRequest);
        Assert.Contains("at most 20000 characters", (string?)problem["errors"]!["brief"]![0], StringComparison.Ordinal);

        var started = DateTime.UtcNow;
        using var huge = await http.PostAsJsonAsync("api/suggestions", new { brief = string.Concat(Enumerable.Repeat("manutenzione predittiva ", 44_000)) });
        await ProblemAsync(huge, HttpStatusCode.RequestEntityTooLarge);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
    }

    private static string Plural(JsonObject item) => (string?)item["kind"] switch
    {
        "company" => "companies",
        "startup" => "startups",
        _ => "researchers",
    };

    private static async Task<List<JsonObject>> ItemsAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.ReadObjectAsync();
            return [.. body["items"]!.AsArray().Select(i => i!.AsObject())];
        }
    }

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadObjectAsync();
        Assert.Equal((int)status, (int?)problem["status"]);
        return problem;
    }
}
