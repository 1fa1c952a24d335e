using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>
/// A silo whose profiles go stale after 3 s and expire 6 s later, so that a test sees them age for real. What must
/// happen before a moment (stale, not yet expired) has 5 s to spare; what must happen after one only gets surer as a
/// slow machine takes longer.
/// </summary>
public sealed class AgingSiloFixture() : SiloFixture(demo: false, new Dictionary<string, string>
{
    ["Freshness__StaleAfter"] = "00:00:03",
    ["Freshness__Grace"] = "00:00:06",
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
        var member = fixture.ClientFor(await fixture.CreateUserAsync("member", $"startup/{old}"));
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        var fresh = NewId("acustica-nuova");
        await PutAsync(fresh, "Acustica Nuova");

        var whileStale = await SuggestAsync();
        var list = await fixture.Http.GetFromJsonAsync<JsonObject>("api/profiles/stale");
        using var memberList = await member.GetAsync("api/profiles/stale");
        await Task.Delay(TimeSpan.FromSeconds(6));
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
