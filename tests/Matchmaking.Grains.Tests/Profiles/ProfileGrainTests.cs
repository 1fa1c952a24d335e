using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains;
using Matchmaking.Grains.Directory;
using Matchmaking.Persistence;
using Matchmaking.Runtime;
using Matchmaking.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Grains.Tests.Profiles;

/// <summary>Profile grains on the real runtime and a real SQLite store.</summary>
public sealed class ProfileGrainTests : IAsyncLifetime
{
    private readonly TempDirectory folder = new();
    private ServiceProvider services = null!;

    private IGrainFactory Grains => services.GetRequiredService<IGrainFactory>();

    private ActorDirectory Directory => services.GetRequiredService<ActorDirectory>();

    public Task InitializeAsync()
    {
        services = BuildServices(TimeSpan.FromMinutes(15));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        folder.Dispose();
    }

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
        await services.DisposeAsync();
        services = BuildServices(TimeSpan.FromMilliseconds(200));
        var grain = Grains.GetGrain<ICompanyGrain>("dormiente");
        await grain.UpsertAsync(new CompanyProfile { Name = "Dormiente" });
        var diagnostics = services.GetRequiredService<IGrainRuntimeDiagnostics>();
        foreach (var hosted in services.GetServices<Microsoft.Extensions.Hosting.IHostedService>())
        {
            await hosted.StartAsync(default); // the runtime's hosted service collects idle activations
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (diagnostics.ActivationCount > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, diagnostics.ActivationCount);
        Assert.Equal("Dormiente", (await grain.GetAsync())!.Profile.Name);
        Assert.Equal(1, diagnostics.ActivationCount);
    }

    [Fact]
    public async Task The_loader_rebuilds_the_directory_from_storage_after_a_restart()
    {
        await Grains.GetGrain<ICompanyGrain>("uno").UpsertAsync(new CompanyProfile { Name = "Uno", Themes = ["cloud"] });
        await Grains.GetGrain<IStartupGrain>("due").UpsertAsync(new StartupProfile { Name = "Due" });
        await Grains.GetGrain<IResearcherGrain>("tre").UpsertAsync(new ResearcherProfile { Name = "Tre" });
        await services.DisposeAsync();

        services = BuildServices(TimeSpan.FromMinutes(15));
        Assert.Equal(0, Directory.Count);
        var loaded = await services.GetRequiredService<ActorDirectoryLoader>().LoadAsync(default);

        Assert.Equal(3, loaded);
        Assert.Equal(["Due", "Tre", "Uno"], Directory.All().Select(a => a.Name));
        Assert.Equal(["uno"], Directory.Offerers("cloud").Select(a => a.Id));
    }

    private ServiceProvider BuildServices(TimeSpan collectionAge)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAdoNetGrainStorage(StorageNames.Profiles, new AdoNetStorageOptions
        {
            Provider = StorageProvider.Sqlite,
            ConnectionString = $"Data Source={folder.Combine("grains.db")}",
        });
        services.AddMatchmakingGrains(options =>
        {
            options.CollectionAge = collectionAge;
            options.CollectionQuantum = TimeSpan.FromMilliseconds(50);
        });
        return services.BuildServiceProvider();
    }
}
