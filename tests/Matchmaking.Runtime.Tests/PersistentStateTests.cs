using Matchmaking.Runtime.Storage;
using Matchmaking.Runtime.Tests.Grains;
using Matchmaking.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Runtime.Tests;

public sealed class PersistentStateTests
{
    private static readonly CompanyProfile Acme = new("Acme", "Torino");
    private static readonly CompanyProfile Rival = new("Acme S.p.A.", "Milano");

    [Fact]
    public async Task A_new_grain_starts_from_a_fresh_state_and_writes_reach_its_storage()
    {
        await using var silo = await TestSilo.StartAsync();
        var company = silo.Grains.GetGrain<ICompanyGrain>("acme");

        Assert.Null(await company.GetAsync());
        Assert.False(await company.RecordExistsAsync());
        await company.SetAsync(Acme);

        Assert.True(await company.RecordExistsAsync());
        Assert.Equal(Acme, silo.Storage.Peek<ProfileState<CompanyProfile>>("profile", new GrainId("company", "acme"))?.Profile);
    }

    [Fact]
    public async Task Clearing_deletes_the_record_and_resets_the_state()
    {
        await using var silo = await TestSilo.StartAsync();
        var company = silo.Grains.GetGrain<ICompanyGrain>("acme");
        await company.SetAsync(Acme);

        await company.ClearAsync();

        Assert.Null(await company.GetAsync());
        Assert.False(await company.RecordExistsAsync());
        Assert.Null(silo.Storage.Peek<ProfileState<CompanyProfile>>("profile", new GrainId("company", "acme")));
    }

    [Fact]
    public async Task A_stale_etag_fails_the_call_deactivates_the_activation_and_the_next_call_sees_the_stored_state()
    {
        await using var silo = await TestSilo.StartAsync();
        var company = silo.Grains.GetGrain<ICompanyGrain>("acme");
        await company.SetAsync(Acme);
        silo.Storage.WriteBehindTheGrainsBack("profile", new GrainId("company", "acme"), new ProfileState<CompanyProfile> { Profile = Rival });

        await Assert.ThrowsAsync<InconsistentStateException>(() => company.SetAsync(Acme with { City = "Genova" }));

        Assert.Equal(Rival, await company.GetAsync());
        Assert.Equal([DeactivationReasonCode.ApplicationError], silo.Probe.DeactivationsOf("acme"));
        await company.SetAsync(Acme);
        Assert.Equal(Acme, silo.Storage.Peek<ProfileState<CompanyProfile>>("profile", new GrainId("company", "acme"))?.Profile);
    }

    [Fact]
    public async Task A_stale_etag_deactivates_the_activation_even_when_the_grain_swallows_the_exception()
    {
        await using var silo = await TestSilo.StartAsync();
        var company = silo.Grains.GetGrain<ICompanyGrain>("acme");
        await company.SetAsync(Acme);
        silo.Storage.WriteBehindTheGrainsBack("profile", new GrainId("company", "acme"), new ProfileState<CompanyProfile> { Profile = Rival });

        Assert.False(await company.TrySetAsync(Acme with { City = "Genova" }));

        Assert.Equal(Rival, await company.GetAsync());
        Assert.Equal(2, silo.Probe.ActivationsOf("acme"));
    }

    [Fact]
    public async Task A_state_naming_a_storage_is_kept_there_and_not_in_the_default_one()
    {
        await using var silo = await TestSilo.StartAsync();
        var notes = silo.Grains.GetGrain<INotesGrain>("n");

        await notes.AddAsync("first");
        await notes.AddAsync("second");

        var other = (MemoryGrainStorage)silo.Services.GetRequiredKeyedService<IGrainStorage>("other");
        Assert.Equal(["first", "second"], other.Peek<NotesState>("notes", new GrainId("notes", "n"))?.Notes);
        Assert.Null(silo.Storage.Peek<NotesState>("notes", new GrainId("notes", "n")));
    }

    [Fact]
    public async Task A_state_naming_an_unregistered_storage_fails_its_calls_with_a_clear_message()
    {
        await using var silo = await TestSilo.StartAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => silo.Grains.GetGrain<IOrphanGrain>("o").PingAsync());

        Assert.Contains("'missing'", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, silo.Diagnostics.ActivationCount);
    }
}
