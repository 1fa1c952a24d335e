using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Events;
using Matchmaking.Grains.Tests.Infrastructure;

namespace Matchmaking.Grains.Tests.Events;

/// <summary>An event or course is checked before it is written, keeps its seats under concurrent sign-ups, and survives a restart.</summary>
public sealed class EventGrainTests : IAsyncLifetime
{
    private readonly GrainHost host = new();

    public Task InitializeAsync() => host.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static string Json(StoredEvent? stored) => System.Text.Json.JsonSerializer.Serialize(stored, Abstractions.Json.MatchmakingJson.Options);

    private IEventGrain Grain(string id = "corso-cyber") => host.Grains.GetGrain<IEventGrain>(id);

    [Fact]
    public async Task Two_hundred_concurrent_registrations_for_fifty_seats_give_fifty_seats_and_a_waiting_list_that_moves_up()
    {
        await EventSamples.WriteStartupsAsync(host.Grains, 200);
        await Grain().UpsertAsync(EventSamples.Course(capacity: 50));

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => Grain().RegisterAsync(EventSamples.Startup(i)))));

        Assert.Equal(50, results.Count(r => r.Status == RegistrationStatus.Registered));
        Assert.Equal(150, results.Count(r => r.Status == RegistrationStatus.Waiting));
        Assert.Equal(Enumerable.Range(1, 150), results.Where(r => r.Position is not null).Select(r => r.Position!.Value).Order());
        var stored = (await Grain().GetAsync())!;
        Assert.Equal(50, stored.Registered.Count);
        Assert.Equal(150, stored.Waiting.Count);
        Assert.Equal(200, stored.Registered.Concat(stored.Waiting).Select(r => r.Member).Distinct().Count());

        var firstWaiting = stored.Waiting[0].Member;
        var cancelled = await Grain().CancelRegistrationAsync(stored.Registered[7].Member);

        Assert.Equal(firstWaiting, cancelled.MovedUp);
        Assert.Equal(50, cancelled.Stored.Registered.Count);
        Assert.Equal(149, cancelled.Stored.Waiting.Count);
        Assert.Equal(RegistrationStatus.Registered, cancelled.Stored.StatusOf(firstWaiting));
        Assert.Null(cancelled.Stored.StatusOf(stored.Registered[7].Member));

        await host.RestartAsync();
        var reloaded = host.Get<EventBoard>().Get("corso-cyber")!;
        Assert.Equal(50, reloaded.Registered.Count);
        Assert.Equal(149, reloaded.Waiting.Count);
        Assert.Equal(RegistrationStatus.Registered, (await Grain().GetAsync())!.StatusOf(firstWaiting));
    }

    [Fact]
    public async Task Registering_twice_changes_nothing_and_an_unknown_member_or_event_is_refused()
    {
        await EventSamples.WriteStartupsAsync(host.Grains, 1);
        await Grain().UpsertAsync(EventSamples.Course());
        var first = await Grain().RegisterAsync(EventSamples.Startup(0));
        var again = await Grain().RegisterAsync(EventSamples.Startup(0));

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(first.Stored.Version, again.Stored.Version);
        await Assert.ThrowsAsync<ActorNotFoundException>(() => Grain().RegisterAsync(new ActorRef(ActorKind.Company, "nessuno")));
        await Assert.ThrowsAsync<NotFoundException>(() => Grain("nessun-evento").RegisterAsync(EventSamples.Startup(0)));
        await Assert.ThrowsAsync<NotFoundException>(() => Grain().CancelRegistrationAsync(new ActorRef(ActorKind.Company, "nessuno")));
        Assert.Null(await Grain("nessun-evento").GetAsync());
        Assert.Single((await Grain().GetAsync())!.Registered);
    }

    [Fact]
    public async Task A_cancelled_event_takes_no_registration_and_stays_cancelled()
    {
        await EventSamples.WriteStartupsAsync(host.Grains, 1);
        await Grain().UpsertAsync(EventSamples.Course() with { Status = EventStatus.Cancelled });
        var before = (await Grain().GetAsync())!;

        var refused = await Assert.ThrowsAsync<StateConflictException>(() => Grain().RegisterAsync(EventSamples.Startup(0)));
        var republish = await Assert.ThrowsAsync<StateConflictException>(() => Grain().UpsertAsync(EventSamples.Course()));

        Assert.Contains("cancelled", refused.Message, StringComparison.Ordinal);
        Assert.Contains("cannot become published", republish.Message, StringComparison.Ordinal);
        Assert.Equal(Json(before), Json(await Grain().GetAsync()));
    }

    [Fact]
    public async Task The_capacity_cannot_go_below_the_registrations_and_a_larger_one_moves_the_waiting_up()
    {
        await EventSamples.WriteStartupsAsync(host.Grains, 4);
        await Grain().UpsertAsync(EventSamples.Course(capacity: 2));
        for (var i = 0; i < 4; i++)
        {
            await Grain().RegisterAsync(EventSamples.Startup(i));
        }

        var before = (await Grain().GetAsync())!;
        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => Grain().UpsertAsync(EventSamples.Course(capacity: 1)));
        Assert.Equal(["capacity"], invalid.Errors.Keys);
        Assert.Equal(Json(before), Json(await Grain().GetAsync()));

        var larger = await Grain().UpsertAsync(EventSamples.Course(capacity: 3));
        Assert.Equal([EventSamples.Startup(0), EventSamples.Startup(1), EventSamples.Startup(2)], larger.Stored.Registered.Select(r => r.Member));
        Assert.Equal([EventSamples.Startup(3)], larger.Stored.Waiting.Select(r => r.Member));
    }

    [Fact]
    public async Task An_end_before_the_start_is_refused_naming_the_field_and_nothing_is_written()
    {
        var course = EventSamples.Course() with { End = new DateTime(2027, 3, 14, 8, 0, 0) };

        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => Grain().UpsertAsync(course));

        Assert.Equal(["end"], invalid.Errors.Keys);
        Assert.Contains("not after the start", invalid.Errors["end"][0], StringComparison.Ordinal);
        Assert.Null(await Grain().GetAsync());
        Assert.Equal(0, host.Get<EventBoard>().Count);
    }

    [Fact]
    public async Task Every_broken_rule_is_named()
    {
        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => Grain().UpsertAsync(new HubEvent
        {
            Themes = ["teleportation"],
            Organiser = new Organiser { Hub = "CSMT", Actor = new ActorRef(ActorKind.Company, "x") },
            Place = new EventPlace { Address = "Via Matteotti 1", Online = true, Link = "ftp://x" },
            Capacity = 0,
            Price = -5,
            Start = new DateTime(2027, 3, 14, 9, 0, 0, DateTimeKind.Utc),
        }));

        Assert.Equal(
            ["audience", "capacity", "end", "organiser", "place", "place.link", "price", "start", "themes[0]", "title"],
            invalid.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_course_is_not_turned_into_an_event_and_a_draft_takes_no_registration()
    {
        await EventSamples.WriteStartupsAsync(host.Grains, 1);
        await Grain().UpsertAsync(EventSamples.Course() with { Status = EventStatus.Draft });

        var kind = await Assert.ThrowsAsync<ValidationFailedException>(() => Grain().UpsertAsync(EventSamples.Course() with { Kind = EventKind.Event }));
        await Assert.ThrowsAsync<StateConflictException>(() => Grain().RegisterAsync(EventSamples.Startup(0)));

        Assert.Equal(["kind"], kind.Errors.Keys);
        var published = await Grain().UpsertAsync(EventSamples.Course());
        Assert.Equal(WriteOutcome.Updated, published.Outcome);
        Assert.Equal(RegistrationStatus.Registered, (await Grain().RegisterAsync(EventSamples.Startup(0))).Status);
        Assert.True(await Grain().DeleteAsync());
        Assert.Equal(0, host.Get<EventBoard>().Count);
    }

    [Fact]
    public async Task A_resident_partner_waits_ahead_of_members_without_priority_and_takes_the_first_freed_seat()
    {
        await EventSamples.WriteStartupsAsync(host.Grains, 3);
        var partner = new ActorRef(ActorKind.Startup, "partner-residente");
        await host.Grains.GetGrain<Matchmaking.Abstractions.Grains.IStartupGrain>(partner.Id).UpsertAsync(new StartupProfile
        {
            Name = "Partner Residente",
            Themes = ["cybersecurity"],
            Memberships = [new HubMembership("csmt", "resident-partner")],
        });
        await Grain().UpsertAsync(EventSamples.Course(capacity: 1));

        await Grain().RegisterAsync(EventSamples.Startup(0));
        var first = await Grain().RegisterAsync(EventSamples.Startup(1));
        var second = await Grain().RegisterAsync(EventSamples.Startup(2));
        var priority = await Grain().RegisterAsync(partner);
        var cancelled = await Grain().CancelRegistrationAsync(EventSamples.Startup(0));

        Assert.Equal(1, first.Position);
        Assert.Equal(2, second.Position);
        Assert.Equal(1, priority.Position);
        Assert.True(priority.Stored.Waiting[0].Priority);
        Assert.Equal([partner, EventSamples.Startup(1), EventSamples.Startup(2)], priority.Stored.Waiting.Select(r => r.Member));
        Assert.Equal(partner, cancelled.MovedUp);
        Assert.Equal([EventSamples.Startup(1), EventSamples.Startup(2)], cancelled.Stored.Waiting.Select(r => r.Member));
    }
}
