using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Spaces;
using Matchmaking.Abstractions.Vouchers;
using Matchmaking.Grains.Spaces;
using Matchmaking.Grains.Tests.Events;
using Matchmaking.Grains.Tests.Infrastructure;

namespace Matchmaking.Grains.Tests.Spaces;

/// <summary>A space is checked before it is written, keeps its accreditation across edits and restarts, and is suggested to startups near it.</summary>
public sealed class SpaceGrainTests : IAsyncLifetime
{
    private readonly GrainHost host = new();

    public Task InitializeAsync() => host.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private ISpaceGrain Grain(string id = "cowo-brescia") => host.Grains.GetGrain<ISpaceGrain>(id);

    [Fact]
    public async Task A_space_keeps_its_accreditation_when_edited_and_after_a_restart()
    {
        var created = await Grain().UpsertAsync(SpaceSamples.Space());
        var accredited = await Grain().AccreditAsync(true, "manager", "Verificato.");
        var again = await Grain().AccreditAsync(true, "manager");
        var edited = await Grain().UpsertAsync(SpaceSamples.Space(free: 2));
        await host.RestartAsync();
        var reloaded = host.Get<SpaceBoard>().Get("cowo-brescia")!;

        Assert.Equal(WriteOutcome.Created, created.Outcome);
        Assert.Equal(AccreditationStatus.Pending, created.Stored.Accreditation.Status);
        Assert.Equal(AccreditationStatus.Accredited, accredited.Accreditation.Status);
        Assert.Equal(accredited.Version, again.Version);
        Assert.Equal(AccreditationStatus.Accredited, edited.Stored.Accreditation.Status);
        Assert.Equal("Verificato.", reloaded.Accreditation.Note);
        Assert.Equal(2, reloaded.Space.FreeSeats);
        Assert.True(reloaded.IsAccredited);
    }

    [Fact]
    public async Task Bad_spaces_are_refused_naming_each_field_and_nothing_is_written()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Grain().UpsertAsync(SpaceSamples.Space() with
        {
            Name = " ",
            FreeSeats = 21,
            DayPrice = -1,
            Location = new Location(null, "Brescia"),
        }));
        var withdrawNever = await Grain("cowo-nuovo").UpsertAsync(SpaceSamples.Space());

        Assert.Equal(["dayPrice", "freeSeats", "location.municipality", "location.province", "name"], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Null(await Grain().GetAsync());
        await Assert.ThrowsAsync<StateConflictException>(() => Grain("cowo-nuovo").AccreditAsync(false, "manager"));
        await Assert.ThrowsAsync<NotFoundException>(() => Grain("nessuno").AccreditAsync(true, "manager"));
        Assert.Equal(withdrawNever.Stored.Version, (await Grain("cowo-nuovo").GetAsync())!.Version);
    }

    [Fact]
    public async Task A_startup_is_offered_accredited_spaces_with_free_desks_nearest_first_with_its_voucher_named()
    {
        await EventSamples.WriteStartupsAsync(host.Grains, 1); // in Brescia (BS, Lombardia)
        await Write("cowo-brescia", SpaceSamples.Space("Brescia", "BS"), accredited: true);
        await Write("cowo-cremona", SpaceSamples.Space("Cremona", "CR"), accredited: true);
        await Write("cowo-lumezzane", SpaceSamples.Space("Lumezzane", "BS"), accredited: true);
        await Write("cowo-pieno", SpaceSamples.Space("Brescia", "BS", free: 0), accredited: true);
        await Write("cowo-in-attesa", SpaceSamples.Space("Brescia", "BS"), accredited: false);
        await Write("cowo-torino", SpaceSamples.Space("Torino", "TO") with { Location = new Location("Torino", "TO", "Piemonte", "IT") }, accredited: true);
        var programme = host.Grains.GetGrain<IVoucherProgrammeGrain>("voucher-prova");
        await programme.UpsertAsync(SpaceSamples.Programme() with { ValidFrom = new DateOnly(2020, 1, 1), ValidUntil = new DateOnly(2099, 12, 31) });
        await programme.IssueAsync(new VoucherHolder { Actor = EventSamples.Startup(0) }, "manager");

        var suggester = host.Get<SpaceSuggester>();
        var italian = suggester.ForActor(EventSamples.Startup(0), "it", 10);
        var english = suggester.ForActor(EventSamples.Startup(0), "en", 10);

        Assert.Equal(["cowo-brescia", "cowo-lumezzane", "cowo-cremona"], italian.Select(s => s.Stored.Id));
        Assert.Contains("A Brescia, nello stesso comune.", italian[0].Reasons);
        Assert.Contains("5 postazioni libere su 20.", italian[0].Reasons);
        Assert.Contains(italian[0].Reasons, r => r.Contains("voucher v1", StringComparison.Ordinal));
        Assert.Contains("In Lumezzane, in the same province (BS).", english[1].Reasons);
        Assert.Empty(suggester.ForActor(new ActorRef(ActorKind.Startup, "sconosciuta"), "it", 10));
    }

    private async Task Write(string id, CoworkingSpace space, bool accredited)
    {
        await host.Grains.GetGrain<ISpaceGrain>(id).UpsertAsync(space);
        if (accredited)
        {
            await host.Grains.GetGrain<ISpaceGrain>(id).AccreditAsync(true, "manager");
        }
    }
}
