using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using Matchmaking.Grains;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;
using CommandLine = Matchmaking.Cli.Cli;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>
/// Rows damaged in the storage table itself (a number for an enumeration, as a release that accepted one stored
/// it, and a payload that is not JSON) never make a request fail: GET names the record as unreadable (409, 404 to
/// those who may not repair it), the export lists the readable ones and names the others, lists, pages and briefs
/// answer, and a PUT or DELETE repairs them — across restarts.
/// </summary>
public sealed class UnreadableRecordsTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    private readonly HttpClient http = fixture.Http;

    [Fact]
    public async Task Damaged_rows_are_named_and_everything_else_answers_until_they_are_repaired()
    {
        var numbered = Company("Numerata");
        numbered["visibility"] = "members";
        await PutAsync("api/companies/damaged-number", numbered);
        await PutAsync("api/companies/damaged-text", Company("Testuale"));
        await PutAsync("api/companies/damaged-intact", Company("Integra"));
        await PutAsync("api/calls/damaged-call", CallsApiTests.CallJson("2027-01-01", "2099-06-30"));

        await fixture.Silo.KillAsync();
        await DamageAsync(StorageNames.CompanyProfile, "damaged-number", "\"visibility\":\"members\"", "\"visibility\":123");
        await StoreRows.WritePayloadAsync(fixture.Storage, StorageNames.CompanyProfile, "damaged-text", "{\"profile\":{\"name\":");
        await DamageAsync(StorageNames.CallState, "damaged-call", "\"eligible\":[\"sme\",\"public-body\"]", "\"eligible\":[7]");
        await fixture.Silo.StartAgainAsync();

        var problem = await ProblemAsync(http, "api/companies/damaged-number", HttpStatusCode.Conflict);
        Assert.Contains("company 'damaged-number'", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Contains("visibility", (string?)problem["detail"], StringComparison.Ordinal);
        await ProblemAsync(http, "api/companies/damaged-text", HttpStatusCode.Conflict);
        await ProblemAsync(fixture.Anonymous, "api/companies/damaged-number", HttpStatusCode.NotFound);
        await ProblemAsync(http, "api/calls/damaged-call", HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("api/companies/damaged-intact")).StatusCode);

        var export = await ExportAsync(http);
        Assert.Equal(["damaged-intact"], Ids(export["items"]));
        Assert.Equal(["damaged-number", "damaged-text"], Ids(export["unreadable"]));
        Assert.All(export["unreadable"]!.AsArray(), u => Assert.Equal("company", (string?)u!["kind"]));
        Assert.Contains("visibility", (string?)export["unreadable"]![0]!["problem"], StringComparison.Ordinal);
        var anonymous = await ExportAsync(fixture.Anonymous);
        Assert.Equal(["damaged-intact"], Ids(anonymous["items"]));
        Assert.False(anonymous.ContainsKey("unreadable"), "only those who may repair a record learn it exists");

        Assert.Equal(1, (int?)(await http.GetFromJsonAsync<JsonObject>("api/actors"))!["total"]);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("api/calls")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("api/themes/industrial-iot")).StatusCode);
        Assert.Contains("Integra", await http.GetStringAsync("directory"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("companies/damaged-number")).StatusCode);
        using var brief = await http.PostAsync("api/suggestions", Json("""{"brief":"lavorazioni CNC e manutenzione predittiva"}"""));
        Assert.Equal(HttpStatusCode.OK, brief.StatusCode);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(["--url", fixture.Silo.BaseAddress.ToString(), "--key", fixture.Silo.AdminKey, "export"], output, error);
        Assert.Equal(3, code);
        Assert.Contains("company/damaged-number", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("damaged-intact", output.ToString(), StringComparison.Ordinal);

        using (var repaired = await http.PutAsJsonAsync("api/companies/damaged-number", Company("Riparata")))
        {
            Assert.Equal(HttpStatusCode.OK, repaired.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync("api/companies/damaged-text")).StatusCode);
        await PutAsync("api/calls/damaged-call", CallsApiTests.CallJson("2027-01-01", "2099-06-30"));

        await fixture.Silo.KillAsync();
        await fixture.Silo.StartAgainAsync();
        Assert.Equal("Riparata", (string?)(await http.GetFromJsonAsync<JsonObject>("api/companies/damaged-number"))!["name"]);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("api/companies/damaged-text")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("api/calls/damaged-call")).StatusCode);
        var after = await ExportAsync(http);
        Assert.Equal(["damaged-intact", "damaged-number"], Ids(after["items"]));
        Assert.False(after.ContainsKey("unreadable"));
    }

    private async Task PutAsync(string path, JsonObject document)
    {
        using var response = await http.PutAsJsonAsync(path, document);
        response.EnsureSuccessStatusCode();
    }

    private async Task DamageAsync(string stateName, string key, string from, string to)
    {
        var payload = await StoreRows.PayloadAsync(fixture.Storage, stateName, key);
        Assert.True(payload?.Contains(from, StringComparison.Ordinal) == true, $"{stateName} {key} holds {payload}");
        await StoreRows.WritePayloadAsync(fixture.Storage, stateName, key, payload!.Replace(from, to, StringComparison.Ordinal));
    }

    private static async Task<JsonObject> ProblemAsync(HttpClient client, string path, HttpStatusCode status)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.ReadObjectAsync();
    }

    private static async Task<JsonObject> ExportAsync(HttpClient client)
    {
        using var response = await client.GetAsync("api/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadObjectAsync();
    }

    private static string[] Ids(JsonNode? list) => [.. list!.AsArray().Select(i => (string)i!["id"]!).Order(StringComparer.Ordinal)];
}
