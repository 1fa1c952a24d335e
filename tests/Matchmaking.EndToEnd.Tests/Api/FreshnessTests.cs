using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>
/// A silo whose profiles go stale after 3 s and expire 12 s later, so that a test sees them age for real. What must
/// happen before a moment (stale, not yet expired) has 11 s to spare (5 s were not enough on a machine running two
/// suites at once); what must happen after one is waited for from when the write was acknowledged.
/// </summary>
public sealed class AgingSiloFixture() : SiloFixture(demo: false, new Dictionary<string, string>
{
    ["Freshness__StaleAfter"] = "00:00:03",
    ["Freshness__Grace"] = "00:00:12",
});

/// <summary>
/// Profiles age on a real silo: a stale one ranks lower with a reason and shows on the hub manager's list, an expired
/// one is no longer suggested, and its member's confirmation makes it fresh again.
/// </summary>
public sealed class FreshnessTests(AgingSiloFixture fixture) : IClassFixture<AgingSiloFixture>
{
    private const string Brief = """{"brief":"cerchiamo sensori acustici per la diagnosi dei compressori","target":["startup"],"top":10}""";

    [Fact]
    public async Task A_profile_goes_stale_then_expires_and_its_members_confirmation_brings_it_back()
    {
        var old = NewId("acustica-vecchia");
        await PutAsync(old, "Acustica Vecchia");
        var sinceWritten = System.Diagnostics.Stopwatch.StartNew(); // the stored write time is no later than this
        var member = fixture.ClientFor(await fixture.CreateUserAsync("member", $"startup/{old}"));
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        var fresh = NewId("acustica-nuova");
        await PutAsync(fresh, "Acustica Nuova");

        var whileStale = await SuggestAsync();
        var list = await fixture.Http.GetFromJsonAsync<JsonObject>("api/profiles/stale");
        using var memberList = await member.GetAsync("api/profiles/stale");
        var untilExpired = TimeSpan.FromSeconds(3 + 12 + 1) - sinceWritten.Elapsed;
        await Task.Delay(untilExpired > TimeSpan.Zero ? untilExpired : TimeSpan.Zero);
        var afterGrace = await SuggestAsync();
        using var otherConfirms = await fixture.ClientFor(await fixture.CreateUserAsync("member", $"startup/{fresh}")).PostAsync($"api/startups/{old}/confirm", null);
        using var confirmed = await member.PostAsync($"api/startups/{old}/confirm", null);
        var afterConfirm = await SuggestAsync();
        using var unknown = await fixture.Http.PostAsync("api/startups/nessuna-startup/confirm", null);

        Assert.Equal([fresh, old], Ids(whileStale));
        var staleReason = whileStale.Single(s => (string?)s["id"] == old)["reasons"]!.AsArray().Single(r => (string?)r!["factor"] == "stale")!;
        Assert.StartsWith("Profilo non confermato", (string?)staleReason["evidence"], StringComparison.Ordinal);
        Assert.True((double?)staleReason["contribution"] < 0);
        var listed = list!["items"]!.AsArray().Single(i => (string?)i!["id"] == old)!;
        Assert.Equal("stale", (string?)listed["status"]);
        Assert.Equal("startup", (string?)listed["kind"]);
        Assert.DoesNotContain(list["items"]!.AsArray(), i => (string?)i!["id"] == fresh);
        Assert.Equal(HttpStatusCode.Forbidden, memberList.StatusCode);
        Assert.DoesNotContain(old, Ids(afterGrace));
        Assert.Equal(HttpStatusCode.Forbidden, otherConfirms.StatusCode);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.NotNull((await confirmed.ReadObjectAsync())["staleFrom"]);
        Assert.Contains(old, Ids(afterConfirm));
        Assert.DoesNotContain(afterConfirm.Single(s => (string?)s["id"] == old)["reasons"]!.AsArray(), r => (string?)r!["factor"] == "stale");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_cli_lists_the_stale_profiles_and_confirms_one()
    {
        var id = NewId("sensori-cli"); // not "acustica-": the other test counts those
        await PutAsync(id, "Acustica CLI");
        await Task.Delay(TimeSpan.FromSeconds(3.5));

        var stale = await RunAsync("--json", "profiles", "stale");
        var table = await RunAsync("profiles", "stale");
        var confirm = await RunAsync("profiles", "confirm", "startup", id);
        var unknown = await RunAsync("profiles", "confirm", "startup", "nessuna-startup");

        Assert.Equal(0, stale.Code);
        Assert.Contains(System.Text.Json.Nodes.JsonNode.Parse(stale.Output)!["items"]!.AsArray(), i => (string?)i!["id"] == id && (string?)i["status"] == "stale");
        Assert.Contains(id, table.Output, StringComparison.Ordinal);
        Assert.Equal(0, confirm.Code);
        Assert.StartsWith($"confirmed startup {id}; stale again from ", confirm.Output, StringComparison.Ordinal);
        Assert.Equal(1, unknown.Code);
        Assert.StartsWith("error: 404", unknown.Error, StringComparison.Ordinal);
        var after = await fixture.Http.GetFromJsonAsync<JsonObject>("api/profiles/stale");
        Assert.DoesNotContain(after!["items"]!.AsArray(), i => (string?)i!["id"] == id);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Matchmaking.Cli.Cli.RunAsync(["--url", fixture.Silo.BaseAddress.ToString(), "--key", fixture.Silo.AdminKey, .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task PutAsync(string id, string name)
    {
        var profile = Startup(name);
        profile["description"] = "Sensori acustici e diagnosi dei compressori industriali.";
        profile["offers"] = new JsonArray("sensori acustici per la diagnosi dei compressori");
        using var response = await fixture.Http.PutAsync($"api/startups/{id}", JsonContent.Create(profile));
        response.EnsureSuccessStatusCode();
    }

    private async Task<List<JsonObject>> SuggestAsync()
    {
        using var response = await fixture.Http.PostAsync("api/suggestions", Json(Brief));
        response.EnsureSuccessStatusCode();
        return [.. (await response.ReadObjectAsync())["items"]!.AsArray().OfType<JsonObject>().Where(i => ((string?)i["id"])!.StartsWith("acustica-", StringComparison.Ordinal))];
    }

    private static List<string> Ids(List<JsonObject> items) => [.. items.Select(i => (string)i["id"]!)];
}
