using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>
/// Scenarios on the demo ecosystem and its demo events: a cybersecurity seeker is offered the cybersecurity course
/// first, with its reason in the asked language; the course's organiser is offered speakers who offer cybersecurity;
/// the attendees of the meeting already held are suggested to each other.
/// </summary>
[Collection(DemoSiloCollection.Name)]
public sealed class EventSuggestionsTests(DemoSiloFixture fixture)
{
    // Needs "protezione della proprietà intellettuale e sicurezza informatica" and phishing training for its staff.
    private const string Seeker = "meccanica-armiera-gardonese";
    private readonly HttpClient admin = fixture.Http;

    [Fact]
    public async Task A_cybersecurity_seeker_is_offered_the_cybersecurity_course_first_with_its_reason_in_each_language()
    {
        var italian = await admin.GetFromJsonAsync<JsonObject>($"api/companies/{Seeker}/event-suggestions");
        var english = await admin.GetFromJsonAsync<JsonObject>($"api/companies/{Seeker}/event-suggestions?lang=en&top=3");

        var first = italian!["items"]![0]!;
        Assert.Equal("corso-cybersecurity-pmi", (string?)first["id"]);
        Assert.Equal("course", (string?)first["kind"]);
        Assert.Equal("Cybersecurity per le PMI manifatturiere", (string?)first["title"]);
        Assert.StartsWith("cerchi sicurezza informatica: il corso del 14 marzo", (string?)first["reasons"]![0], StringComparison.Ordinal);
        var firstInEnglish = english!["items"]![0]!;
        Assert.Equal("corso-cybersecurity-pmi", (string?)firstInEnglish["id"]);
        Assert.Equal("Cybersecurity for manufacturing SMEs", (string?)firstInEnglish["title"]);
        Assert.StartsWith("you seek cybersecurity: the course on 14 March", (string?)firstInEnglish["reasons"]![0], StringComparison.Ordinal);
        Assert.InRange(english["items"]!.AsArray().Count, 1, 3);
        Assert.DoesNotContain(italian["items"]!.AsArray(), e => (string?)e!["id"] == "incontro-industria-4-0-2026"); // held: past
        Assert.DoesNotContain(italian["items"]!.AsArray(), e => (string?)e!["id"] == "festival-scienza-valtrompia"); // not on its themes
    }

    [Fact]
    public async Task The_organiser_of_the_cybersecurity_course_is_offered_speakers_who_offer_cybersecurity()
    {
        using var response = await admin.GetAsync("api/courses/corso-cybersecurity-pmi/speakers?lang=en&top=5");
        var items = (await response.ReadObjectAsync())["items"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(items.Count, 1, 5);
        Assert.All(items, i => Assert.Contains((string?)i!["kind"], new[] { "researcher", "company" }));
        Assert.Contains(items, i => (string?)i!["reasons"]![0]!["evidence"] == "offers cybersecurity, the course's theme");
        var ids = items.Select(i => (string?)i!["id"]).ToList();
        Assert.True(ids.Intersect(["paolo-inverardi", "stefano-lanzoni", "securlab-milano", "lodinet-systems"]).Any(), string.Join(", ", ids));
    }

    [Fact]
    public async Task After_the_meeting_was_held_its_attendees_are_suggested_to_each_other_and_not_before_an_event_is_held()
    {
        using var held = await admin.GetAsync("api/events/incontro-industria-4-0-2026/attendees/company/officine-bresciane-valvole/suggestions");
        using var upcoming = await admin.GetAsync("api/courses/corso-cybersecurity-pmi/attendees/company/officine-bresciane-valvole/suggestions");
        using var absent = await admin.GetAsync($"api/events/incontro-industria-4-0-2026/attendees/company/{Seeker}/suggestions");

        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        var items = (await held.ReadObjectAsync())["items"]!.AsArray();
        Assert.Equal(["bastion-ot", "paolo-inverardi", "pompe-leonesse", "visiodefect"], items.Select(i => (string?)i!["id"]).Order(StringComparer.Ordinal));
        Assert.All(items, i => Assert.Contains(i!["reasons"]!.AsArray(), r => ((string?)r!["evidence"])?.StartsWith("era anche all'evento del 15 ottobre", StringComparison.Ordinal) == true));
        Assert.Equal(HttpStatusCode.Conflict, upcoming.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, absent.StatusCode);
    }
}
