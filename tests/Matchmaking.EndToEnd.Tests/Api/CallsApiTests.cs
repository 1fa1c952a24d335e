using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>Funding calls over HTTP: CRUD, the demo calls, bad input, and teams for a call (never for an expired one).</summary>
[Collection(DemoSiloCollection.Name)]
public sealed class CallsApiTests(DemoSiloFixture fixture)
{
    private readonly HttpClient http = fixture.Http;

    [Fact]
    public async Task The_demo_calls_are_there_with_their_status()
    {
        var calls = await http.GetFromJsonAsync<JsonObject>("api/calls");
        var open = await http.GetFromJsonAsync<JsonObject>("api/calls?status=open&applicant=startup");

        var ids = calls!["items"]!.AsArray().Select(c => (string?)c!["id"]).ToList();
        Assert.Contains("lombardia-hub-tecnologici-2027", ids);
        Assert.Contains("fondazione-patrimonio-culturale-2027", ids);
        Assert.Contains("pnrr-digitalizzazione-pmi", ids);
        Assert.Contains("voucher-coworking-milano", ids);
        Assert.Equal("closed", (string?)calls["items"]!.AsArray().Single(c => (string?)c!["id"] == "bando-aster-2025")!["status"]);
        Assert.All(open!["items"]!.AsArray(), c =>
        {
            Assert.Equal("open", (string?)c!["status"]);
            Assert.Contains("startup", c["eligible"]!.AsArray().Select(e => (string?)e));
        });
    }

    [Fact]
    public async Task A_call_is_created_read_replaced_and_deleted()
    {
        var id = NewId("bando");
        using var created = await http.PutAsync($"api/calls/{id}", Json(CallJson("2026-01-01", "2030-12-31").ToJsonString()));
        var etag = created.Headers.ETag!.Tag;
        using var stale = new HttpRequestMessage(HttpMethod.Put, $"api/calls/{id}") { Content = Json(CallJson("2026-01-01", "2031-01-31").ToJsonString()) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"999\"");
        using var staleAnswer = await http.SendAsync(stale);
        using var replace = new HttpRequestMessage(HttpMethod.Put, $"api/calls/{id}") { Content = Json(CallJson("2026-01-01", "2031-01-31").ToJsonString()) };
        replace.Headers.TryAddWithoutValidation("If-Match", etag);
        using var replaced = await http.SendAsync(replace);
        var read = await http.GetFromJsonAsync<JsonObject>($"api/calls/{id}");
        using var deleted = await http.DeleteAsync($"api/calls/{id}");
        using var gone = await http.GetAsync($"api/calls/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("2031-01-31", (string?)read!["deadline"]);
        Assert.Equal("open", (string?)read["status"]);
        Assert.Equal(["sme", "public-body"], read["eligible"]!.AsArray().Select(e => (string?)e));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Bad_calls_are_400_naming_the_field()
    {
        var id = NewId("bando-errato");
        using var backwards = await http.PutAsync($"api/calls/{id}", Json(CallJson("2027-05-01", "2027-04-01").ToJsonString()));
        var unknownTheme = CallJson("2026-01-01", "2030-12-31");
        unknownTheme["themes"] = new JsonArray("teleportation");
        using var theme = await http.PutAsync($"api/calls/{id}", Json(unknownTheme.ToJsonString()));
        var unknownApplicant = CallJson("2026-01-01", "2030-12-31");
        unknownApplicant["eligible"] = new JsonArray("sme", "multinational");
        using var applicant = await http.PutAsync($"api/calls/{id}", Json(unknownApplicant.ToJsonString()));
        var extra = CallJson("2026-01-01", "2030-12-31");
        extra["colour"] = "blue";
        using var field = await http.PutAsync($"api/calls/{id}", Json(extra.ToJsonString()));
        using var status = await http.GetAsync("api/calls?status=someday");

        Assert.Contains("before the opening", await ErrorAsync(backwards, "deadline"), StringComparison.Ordinal);
        Assert.Contains("teleportation", await ErrorAsync(theme, "themes[0]"), StringComparison.Ordinal);
        Assert.NotEmpty(await ErrorAsync(applicant, "eligible[1]"));
        Assert.NotEmpty(await ErrorAsync(field, "colour"));
        Assert.Contains("open", await ErrorAsync(status, "status"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"api/calls/{id}")).StatusCode);
    }

    [Fact]
    public async Task Teams_for_an_open_call_may_apply_and_an_expired_call_gets_none()
    {
        using var open = await http.GetAsync("api/calls/lombardia-hub-tecnologici-2027/proposals?top=3&lang=en");
        using var expired = await http.GetAsync("api/calls/bando-aster-2025/proposals");
        using var unknown = await http.GetAsync("api/calls/nessun-bando/proposals");

        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        var items = (await open.ReadObjectAsync())["items"]!.AsArray();
        Assert.InRange(items.Count, 1, 3);
        Assert.All(items, p => Assert.Contains(p!["members"]!.AsArray(), m => (string?)m!["kind"] is "researcher" or "company"));
        Assert.Equal(HttpStatusCode.Conflict, expired.StatusCode);
        Assert.Contains("2025-05-31", (string?)(await expired.ReadObjectAsync())["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    internal static JsonObject CallJson(string opening, string deadline) => new()
    {
        ["title"] = "Bando di prova per la manutenzione predittiva",
        ["publisher"] = "Camera di Commercio di Brescia",
        ["themes"] = new JsonArray("predictive-maintenance"),
        ["eligible"] = new JsonArray("sme", "public-body"),
        ["region"] = "Lombardia",
        ["budget"] = 250000,
        ["opening"] = opening,
        ["deadline"] = deadline,
    };

    private static async Task<string> ErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadObjectAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"no error for '{field}' in {errors.ToJsonString()}");
        return string.Join(" ", errors[field]!.AsArray().Select(m => (string?)m));
    }
}
