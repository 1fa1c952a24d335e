using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Matchmaking.EndToEnd.Tests.Infrastructure;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>A member's digest on the demo silo, as JSON and as Atom, in both languages.</summary>
[Collection(DemoSiloCollection.Name)]
public sealed class DigestTests(DemoSiloFixture fixture)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task A_members_digest_names_partners_events_calls_and_is_an_atom_feed_too()
    {
        var member = fixture.ClientFor(await fixture.CreateUserAsync("member", "company/meccanica-armiera-gardonese"));
        var json = (await member.GetFromJsonAsync<JsonObject>("api/companies/meccanica-armiera-gardonese/digest"))!;
        using var atomResponse = await member.GetAsync("api/companies/meccanica-armiera-gardonese/digest?format=atom&lang=en");
        var atom = XDocument.Parse(await atomResponse.Content.ReadAsStringAsync());
        using var negotiated = new HttpRequestMessage(HttpMethod.Get, "api/companies/meccanica-armiera-gardonese/digest");
        negotiated.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/atom+xml"));
        using var byAccept = await member.SendAsync(negotiated);
        using var other = await member.GetAsync("api/companies/officine-bresciane-valvole/digest");
        using var badFormat = await member.GetAsync("api/companies/meccanica-armiera-gardonese/digest?format=pdf");

        Assert.Equal("it", (string?)json["language"]);
        Assert.Equal("meccanica-armiera-gardonese", (string?)json["actor"]!["id"]);
        var suggestions = json["suggestions"]!.AsArray();
        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.True((bool)s!["new"]!)); // nothing issued yet: every partner is new
        Assert.NotEmpty(json["events"]!.AsArray());
        Assert.Equal(DateTimeOffset.Parse((string)json["generatedAt"]!, System.Globalization.CultureInfo.InvariantCulture).AddDays(-7),
            DateTimeOffset.Parse((string)json["since"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("application/atom+xml", atomResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("en", (string?)atom.Root!.Attribute(XNamespace.Xml + "lang"));
        Assert.StartsWith("Weekly digest of ", (string?)atom.Root.Element(Atom + "title"), StringComparison.Ordinal);
        var entries = atom.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(suggestions.Count + json["events"]!.AsArray().Count + json["calls"]!.AsArray().Count + json["proposals"]!.AsArray().Count, entries.Count);
        Assert.All(entries, e => Assert.NotNull(e.Element(Atom + "link")?.Attribute("href")));
        Assert.Contains(entries, e => ((string?)e.Element(Atom + "title"))!.StartsWith("New partner: ", StringComparison.Ordinal));
        Assert.Equal("application/atom+xml", byAccept.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
    }
}
