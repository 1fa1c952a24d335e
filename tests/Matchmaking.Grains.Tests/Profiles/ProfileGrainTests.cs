using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Tests.Infrastructure;
using Orleans.Runtime;

namespace Matchmaking.Grains.Tests.Profiles;

/// <summary>Profile grains in a real Orleans silo on a real SQLite store.</summary>
public sealed class ProfileGrainTests : IAsyncLifetime
{
    private GrainHost host = new();

    private IGrainFactory Grains => host.Grains;

    private ActorDirectory Directory => host.Get<ActorDirectory>();

    public Task InitializeAsync() => host.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Upsert_creates_then_updates_and_an_equal_profile_is_unchanged()
    {
        var grain = Grains.GetGrain<ICompanyGrain>("valvole");
        var created = await grain.UpsertAsync(new CompanyProfile { Name = "Valvole", Themes = ["industrial-iot"] });
        var same = await grain.UpsertAsync(new CompanyProfile { Name = " Valvole ", Themes = ["industrial-iot"] });
        var updated = await grain.UpsertAsync(new CompanyProfile { Name = "Valvole Spa", Themes = ["industrial-iot"] });

        Assert.Equal(WriteOutcome.Created, created.Outcome);
        Assert.Equal(WriteOutcome.Unchanged, same.Outcome);
        Assert.Equal(created.Stored.Version, same.Stored.Version);
        Assert.Equal(WriteOutcome.Updated, updated.Outcome);
        Assert.NotEqual(created.Stored.Version, updated.Stored.Version);
        Assert.Equal("Valvole Spa", (await grain.GetAsync())!.Profile.Name);
        Assert.Equal("Valvole Spa", Directory.All().Single().Name);
    }

    [Fact]
    public async Task An_invalid_profile_changes_neither_the_grain_nor_the_directory()
    {
        var grain = Grains.GetGrain<IStartupGrain>("visione");
        await grain.UpsertAsync(new StartupProfile { Name = "Visione", Stage = "mvp" });

        await Assert.ThrowsAsync<ValidationFailedException>(() => grain.UpsertAsync(new StartupProfile { Name = "Visione", Stage = "unicorn" }));

        Assert.Equal("mvp", (await grain.GetAsync())!.Profile.Stage);
        Assert.Equal("1", (await grain.GetAsync())!.Version);
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_conflict_and_changes_nothing()
    {
        var grain = Grains.GetGrain<IResearcherGrain>("rossi");
        var first = await grain.UpsertAsync(new ResearcherProfile { Name = "Prof. Rossi" });
        await grain.UpsertAsync(new ResearcherProfile { Name = "Prof. Anna Rossi" }, first.Stored.Version);

        await Assert.ThrowsAsync<VersionConflictException>(() => grain.UpsertAsync(new ResearcherProfile { Name = "Altro" }, first.Stored.Version));
        Assert.Equal("Prof. Anna Rossi", (await grain.GetAsync())!.Profile.Name);
    }

    [Fact]
    public async Task Delete_forgets_the_profile_and_a_second_delete_is_false()
    {
        var grain = Grains.GetGrain<ICompanyGrain>("temporanea");
        await grain.UpsertAsync(new CompanyProfile { Name = "Temporanea" });
        Assert.True(await grain.DeleteAsync());
        Assert.False(await grain.DeleteAsync());
        Assert.Null(await grain.GetAsync());
        Assert.Equal(0, Directory.Count);
    }

    [Fact]
    public async Task An_idle_grain_is_collected_and_reactivates_with_its_stored_profile()
    {
        await host.DisposeAsync();
        host = new GrainHost(collectionAge: TimeSpan.FromSeconds(1));
        await host.StartAsync();
        var grain = Grains.GetGrain<ICompanyGrain>("dormiente");
        await grain.UpsertAsync(new CompanyProfile { Name = "Dormiente" });
        Assert.Equal(1, await CompanyActivationsAsync());

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await CompanyActivationsAsync() > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(0, await CompanyActivationsAsync());
        Assert.Equal("Dormiente", (await grain.GetAsync())!.Profile.Name);
        Assert.Equal(1, await CompanyActivationsAsync());
    }

    [Fact]
    public async Task A_restarted_silo_rebuilds_the_directory_from_storage()
    {
        await Grains.GetGrain<ICompanyGrain>("uno").UpsertAsync(new CompanyProfile { Name = "Uno", Themes = ["cloud"] });
        await Grains.GetGrain<IStartupGrain>("due").UpsertAsync(new StartupProfile { Name = "Due" });
        await Grains.GetGrain<IResearcherGrain>("tre").UpsertAsync(new ResearcherProfile { Name = "Tre" });

        await host.RestartAsync();

        Assert.Equal(3, Directory.Count);
        Assert.Equal(["Due", "Tre", "Uno"], Directory.All().Select(a => a.Name));
        Assert.Equal(["uno"], Directory.Offerers("cloud").Select(a => a.Id));
    }

    private async Task<int> CompanyActivationsAsync()
    {
        var statistics = await Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics.Where(s => s.GrainType.Contains("CompanyGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
    }
}
