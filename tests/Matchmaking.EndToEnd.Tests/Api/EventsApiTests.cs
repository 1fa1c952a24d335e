using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>
/// Events and courses over HTTP on the demo silo: written, registered for with a waiting list that moves up, exported
/// as iCalendar per event and per member; bad input answers problem details naming the field and changes nothing.
/// </summary>
[Collection(DemoSiloCollection.Name)]
public sealed class EventsApiTests(DemoSiloFixture fixture)
{
    private const string Startup = "visiodefect";
    private const string Company = "officine-bresciane-valvole";
    private readonly HttpClient admin = fixture.Http;

    [Fact]
    public async Task A_course_fills_its_seats_its_waiting_list_moves_up_and_both_calendars_show_it()
    {
        var id = NewId("corso");
        var startupMember = fixture.ClientFor(await fixture.CreateUserAsync("member", $"startup/{Startup}"));
        var companyMember = fixture.ClientFor(await fixture.CreateUserAsync("member", $"company/{Company}"));
        using var created = await admin.PutAsync($"api/courses/{id}", Json(CourseJson(capacity: 1).ToJsonString()));
        using var seat = await startupMember.PostAsync($"api/courses/{id}/registrations", Json("{}"));
        using var again = await startupMember.PostAsync($"api/courses/{id}/registrations", Json("{}"));
        using var waiting = await companyMember.PostAsJsonAsync($"api/courses/{id}/registrations", new { member = new { kind = "company", id = Company } });
        var registrations = await admin.GetFromJsonAsync<JsonObject>($"api/courses/{id}/registrations");
        using var memberCalendar = await companyMember.GetAsync($"api/companies/{Company}/calendar?lang=en");
        var beforeMoving = await memberCalendar.Content.ReadAsStringAsync();
        using var cancelled = await startupMember.DeleteAsync($"api/courses/{id}/registrations/startup/{Startup}");
        var moved = await cancelled.ReadObjectAsync();
        using var calendar = await fixture.Anonymous.GetAsync($"api/courses/{id}/calendar?lang=en");
        var ics = await calendar.Content.ReadAsStringAsync();
        var read = await fixture.Anonymous.GetFromJsonAsync<JsonObject>($"api/courses/{id}");
        using var asEvent = await fixture.Anonymous.GetAsync($"api/events/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, seat.StatusCode);
        Assert.Equal("registered", (string?)(await seat.ReadObjectAsync())["status"]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Created, waiting.StatusCode);
        var waitingAnswer = await waiting.ReadObjectAsync();
        Assert.Equal("waiting", (string?)waitingAnswer["status"]);
        Assert.Equal(1, (int?)waitingAnswer["position"]);
        Assert.Equal(Startup, (string?)registrations!["registered"]![0]!["member"]!["id"]);
        Assert.Equal(Company, (string?)registrations["waiting"]![0]!["member"]!["id"]);
        Assert.Equal("text/calendar", memberCalendar.Content.Headers.ContentType?.MediaType);
        Assert.Contains("SUMMARY:Cybersecurity for SMEs", beforeMoving, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(Company, (string?)moved["movedUp"]!["id"]);
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType?.MediaType);
        Assert.Contains("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Rome:20270314T090000", ics, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE", ics, StringComparison.Ordinal);
        Assert.Contains($"UID:course-{id}@", ics, StringComparison.Ordinal);
        Assert.Equal("2027-03-14T09:00:00+01:00", (string?)read!["start"]);
        Assert.Equal("2027-03-14T13:00:00+01:00", (string?)read["end"]);
        Assert.Equal("course", (string?)read["kind"]);
        Assert.Equal(1, (int?)read["registered"]);
        Assert.Equal(0, (int?)read["waiting"]);
        Assert.True((bool?)read["free"]);
        Assert.Equal(HttpStatusCode.NotFound, asEvent.StatusCode);
        Assert.Contains(id, (await fixture.Anonymous.GetFromJsonAsync<JsonObject>("api/courses?theme=cybersecurity"))!["items"]!.AsArray().Select(e => (string?)e!["id"]));
        Assert.DoesNotContain(id, (await fixture.Anonymous.GetFromJsonAsync<JsonObject>("api/events"))!["items"]!.AsArray().Select(e => (string?)e!["id"]));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"api/courses/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"api/courses/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_time_with_an_offset_is_read_as_its_Rome_time_and_a_draft_is_shown_to_its_managers_only()
    {
        var id = NewId("evento");
        var draft = EventJson();
        draft["status"] = "draft";
        draft["start"] = "2027-07-01T07:00:00Z";
        draft["end"] = "2027-07-01T09:30:00+02:00";
        using var created = await admin.PutAsync($"api/events/{id}", Json(draft.ToJsonString()));
        var read = await admin.GetFromJsonAsync<JsonObject>($"api/events/{id}");
        using var anonymous = await fixture.Anonymous.GetAsync($"api/events/{id}");
        var listed = await fixture.Anonymous.GetFromJsonAsync<JsonObject>("api/events");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("2027-07-01T09:00:00+02:00", (string?)read!["start"]);
        Assert.Equal("2027-07-01T09:30:00+02:00", (string?)read["end"]);
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.DoesNotContain(id, listed!["items"]!.AsArray().Select(e => (string?)e!["id"]));
    }

    [Fact]
    public async Task Bad_input_is_a_problem_naming_the_field_and_changes_nothing_in_the_store()
    {
        var id = NewId("corso-pieno");
        var cancelledId = NewId("corso-annullato");
        var member = fixture.ClientFor(await fixture.CreateUserAsync("member", $"startup/{Startup}"));
        (await admin.PutAsync($"api/courses/{id}", Json(CourseJson(capacity: 1).ToJsonString()))).EnsureSuccessStatusCode();
        (await member.PostAsync($"api/courses/{id}/registrations", Json("{}"))).EnsureSuccessStatusCode();
        var cancelled = CourseJson(capacity: 10);
        cancelled["status"] = "cancelled";
        (await admin.PutAsync($"api/courses/{cancelledId}", Json(cancelled.ToJsonString()))).EnsureSuccessStatusCode();
        var before = await StoreRows.SnapshotAsync(fixture.Storage);

        var backwards = CourseJson(capacity: 10);
        backwards["end"] = "2027-03-14T08:00";
        using var endBeforeStart = await admin.PutAsync($"api/courses/{NewId("corso")}", Json(backwards.ToJsonString()));
        using var tooSmall = await admin.PutAsync($"api/courses/{id}", Json(CourseJson(capacity: 0).ToJsonString()));
        var fewerSeats = CourseJson(capacity: 1);
        var wrongKind = CourseJson(capacity: 1);
        wrongKind["kind"] = "event";
        using var kind = await admin.PutAsync($"api/courses/{NewId("corso")}", Json(wrongKind.ToJsonString()));
        var badDate = CourseJson(capacity: 1);
        badDate["start"] = "14/03/2027 9:00";
        using var date = await admin.PutAsync($"api/courses/{NewId("corso")}", Json(badDate.ToJsonString()));
        var unknownAudience = CourseJson(capacity: 1);
        unknownAudience["audience"] = new JsonArray("startups", "aliens");
        using var audience = await admin.PutAsync($"api/courses/{NewId("corso")}", Json(unknownAudience.ToJsonString()));
        using var toCancelled = await member.PostAsync($"api/courses/{cancelledId}/registrations", Json("{}"));
        using var republished = await admin.PutAsync($"api/courses/{cancelledId}", Json(CourseJson(capacity: 10).ToJsonString()));
        using var unknownEvent = await member.PostAsync("api/courses/nessun-corso/registrations", Json("{}"));
        using var unknownMember = await admin.PostAsJsonAsync($"api/courses/{id}/registrations", new { member = new { kind = "startup", id = "nessuna-startup" } });
        using var someoneElse = await member.PostAsJsonAsync($"api/courses/{id}/registrations", new { member = new { kind = "company", id = Company } });
        using var noRegistration = await admin.DeleteAsync($"api/courses/{id}/registrations/company/{Company}");
        using var badStatus = await fixture.Anonymous.GetAsync("api/events?status=1");
        using var badLanguage = await fixture.Anonymous.GetAsync($"api/courses/{id}/calendar?lang=de");

        Assert.Contains("not after the start", await ErrorAsync(endBeforeStart, "end"), StringComparison.Ordinal);
        Assert.NotEmpty(await ErrorAsync(tooSmall, "capacity"));
        Assert.NotEmpty(await ErrorAsync(kind, "kind"));
        Assert.NotEmpty(await ErrorAsync(date, "start"));
        Assert.NotEmpty(await ErrorAsync(audience, "audience[1]"));
        Assert.Equal(HttpStatusCode.Conflict, toCancelled.StatusCode);
        Assert.Contains("cancelled", (string?)(await toCancelled.ReadObjectAsync())["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, republished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownEvent.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownMember.StatusCode);
        Assert.Equal("application/problem+json", unknownMember.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, someoneElse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noRegistration.StatusCode);
        Assert.NotEmpty(await ErrorAsync(badStatus, "status"));
        Assert.NotEmpty(await ErrorAsync(badLanguage, "lang"));
        Assert.Equal(before, await StoreRows.SnapshotAsync(fixture.Storage));

        // The capacity cannot go below the one seat taken (a second member makes it two).
        var company = fixture.ClientFor(await fixture.CreateUserAsync("member", $"company/{Company}"));
        (await admin.PutAsync($"api/courses/{id}", Json(CourseJson(capacity: 2).ToJsonString()))).EnsureSuccessStatusCode();
        (await company.PostAsync($"api/courses/{id}/registrations", Json("{}"))).EnsureSuccessStatusCode();
        var full = await StoreRows.SnapshotAsync(fixture.Storage);
        using var belowSeats = await admin.PutAsync($"api/courses/{id}", Json(fewerSeats.ToJsonString()));
        Assert.Contains("cannot go below", await ErrorAsync(belowSeats, "capacity"), StringComparison.Ordinal);
        Assert.Equal(full, await StoreRows.SnapshotAsync(fixture.Storage));
    }

    [Fact]
    public async Task A_member_writes_only_events_it_organises_and_reads_only_its_own_calendar()
    {
        var member = fixture.ClientFor(await fixture.CreateUserAsync("member", $"startup/{Startup}"));
        var own = EventJson();
        own["organiser"] = new JsonObject { ["actor"] = new JsonObject { ["kind"] = "startup", ["id"] = Startup } };
        using var ownEvent = await member.PutAsync($"api/events/{NewId("demo-day")}", Json(own.ToJsonString()));
        using var hubEvent = await member.PutAsync($"api/events/{NewId("demo-day")}", Json(EventJson().ToJsonString()));
        using var otherCalendar = await member.GetAsync($"api/companies/{Company}/calendar");
        using var anonymousCalendar = await fixture.Anonymous.GetAsync($"api/startups/{Startup}/calendar");

        Assert.Equal(HttpStatusCode.Created, ownEvent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, hubEvent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherCalendar.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousCalendar.StatusCode);
    }

    internal static JsonObject CourseJson(int capacity) => new()
    {
        ["title"] = new JsonObject { ["it"] = "Cybersecurity per PMI", ["en"] = "Cybersecurity for SMEs" },
        ["description"] = new JsonObject { ["it"] = "Difendere reti e impianti." },
        ["organiser"] = new JsonObject { ["hub"] = "CSMT – Officina Liberty" },
        ["themes"] = new JsonArray("cybersecurity"),
        ["start"] = "2027-03-14T09:00",
        ["end"] = "2027-03-14T13:00",
        ["place"] = new JsonObject { ["space"] = "officina-liberty" },
        ["capacity"] = capacity,
        ["audience"] = new JsonArray("companies", "startups"),
        ["status"] = "published",
    };

    internal static JsonObject EventJson() => new()
    {
        ["title"] = new JsonObject { ["en"] = "Open innovation breakfast" },
        ["organiser"] = new JsonObject { ["hub"] = "Polo tecnologico di Cremona" },
        ["themes"] = new JsonArray("ai"),
        ["start"] = "2027-06-10T08:30",
        ["end"] = "2027-06-10T10:00",
        ["place"] = new JsonObject { ["online"] = true, ["link"] = "https://example.org/meet" },
        ["capacity"] = 80,
        ["audience"] = new JsonArray("companies", "citizens"),
        ["price"] = 0,
        ["status"] = "published",
    };

    private static async Task<string> ErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadObjectAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"no error for '{field}' in {errors.ToJsonString()}");
        return string.Join(" ", errors[field]!.AsArray().Select(m => (string?)m));
    }
}
