using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>Membership tiers on the demo silo: lists say them and filter by tier and hub; the pages show them.</summary>
[Collection(DemoSiloCollection.Name)]
public sealed class TierFilterTests(DemoSiloFixture fixture)
{
    [Fact]
    public async Task The_lists_filter_by_tier_and_hub_and_the_pages_show_the_tiers()
    {
        var csmt = (await fixture.Anonymous.GetFromJsonAsync<JsonObject>("api/actors?tier=resident-partner&hub=csmt&pageSize=200"))!;
        var anyHub = (await fixture.Anonymous.GetFromJsonAsync<JsonObject>("api/actors?tier=RESIDENT-PARTNER&pageSize=200"))!;
        var all = (await fixture.Anonymous.GetFromJsonAsync<JsonObject>("api/actors?pageSize=200"))!;
        using var bad = await fixture.Anonymous.GetAsync("api/actors?tier=padrone");
        var first = (string)csmt["items"]![0]!["id"]!;
        var kind = (string)csmt["items"]![0]!["kind"]!;
        var page = await fixture.Anonymous.GetStringAsync($"{(kind == "company" ? "companies" : "startups")}/{first}");
        var directory = await fixture.Anonymous.GetStringAsync("directory?tier=resident-partner&lang=en");

        var items = csmt["items"]!.AsArray();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Contains(i!["memberships"]!.AsArray(), m => (string?)m!["hub"] == "csmt" && (string?)m["role"] == "resident-partner"));
        Assert.True((int)anyHub["total"]! >= items.Count);
        Assert.True((int)all["total"]! > (int)anyHub["total"]!);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.ReadObjectAsync())["errors"]!.AsObject().ContainsKey("tier"));
        Assert.Contains("Partner residente · CSMT", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"resident-partner\" selected=\"selected\">Resident partner</option>", directory, StringComparison.Ordinal);
        Assert.Contains(first, directory, StringComparison.Ordinal);
    }
}
