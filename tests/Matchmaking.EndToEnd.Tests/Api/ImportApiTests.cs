using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Api;

public sealed class ImportApiTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    private readonly HttpClient http = fixture.Http;

    [Fact]
    public async Task Import_stores_valid_items_reports_bad_ones_by_index_and_is_idempotent()
    {
        var good1 = NewId("imp");
        var good2 = NewId("imp");
        var bad = NewId("imp");
        JsonObject Item(string kind, string id, JsonObject profile)
        {
            profile["kind"] = kind;
            profile["id"] = id;
            return profile;
        }

        var badProfile = Company();
        badProfile["themes"] = new JsonArray("no-such-theme");
        var body = new JsonObject
        {
            ["items"] = new JsonArray(
                Item("company", good1, Company()),
                Item("company", bad, badProfile),
                Item("researcher", good2, Researcher()),
                Item("planet", NewId("imp"), Company()),
                Item("company", good1, Company("Duplicate"))),
        };

        using var first = await http.PostAsJsonAsync("api/import", body);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var summary = await first.ReadObjectAsync();
        Assert.Equal(2, (int?)summary["created"]);
        Assert.Equal(3, (int?)summary["failed"]);
        var errors = summary["errors"]!.AsArray();
        Assert.Equal([1, 3, 4], errors.Select(e => (int)e!["index"]!).Order());
        Assert.True(errors.Single(e => (int)e!["index"]! == 1)!["errors"]!.AsObject().ContainsKey("themes[0]"));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"api/companies/{bad}")).StatusCode);
        Assert.Equal("Officine Test Srl", (string?)(await http.GetFromJsonAsync<JsonObject>($"api/companies/{good1}"))!["name"]);

        using var again = await http.PostAsJsonAsync("api/import", body);
        var second = await again.ReadObjectAsync();
        Assert.Equal(0, (int?)second["created"]);
        Assert.Equal(0, (int?)second["updated"]);
        Assert.Equal(2, (int?)second["unchanged"]);
        Assert.Equal("1", (string?)(await http.GetFromJsonAsync<JsonObject>($"api/companies/{good1}"))!["version"]);
    }

    [Fact]
    public async Task Export_answers_documents_that_import_takes_back_unchanged()
    {
        var id = NewId("exp");
        (await http.PutAsJsonAsync($"api/researchers/{id}", Researcher())).EnsureSuccessStatusCode();
        var export = await http.GetFromJsonAsync<JsonObject>("api/export?kind=researcher");
        var items = export!["items"]!.AsArray();
        Assert.Contains(id, items.Select(i => (string?)i!["id"]));
        Assert.All(items, i => Assert.Equal("researcher", (string?)i!["kind"]));

        using var reimport = await http.PostAsJsonAsync("api/import", export);
        var summary = await reimport.ReadObjectAsync();
        Assert.Equal(items.Count, (int?)summary["unchanged"]);
        Assert.Equal(0, (int?)summary["failed"]);
    }

    [Fact]
    public async Task Import_without_items_or_with_too_many_is_a_400()
    {
        using var missing = await http.PostAsync("api/import", Json("{\"rows\":[]}"));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);

        var tooMany = new JsonObject { ["items"] = new JsonArray(Enumerable.Range(0, 1001).Select(_ => (JsonNode)new JsonObject()).ToArray()) };
        using var response = await http.PostAsJsonAsync("api/import", tooMany);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
