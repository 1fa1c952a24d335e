using Matchmaking.Abstractions.Json;
using Matchmaking.Grains;
using Matchmaking.Storage.Tests.Infrastructure;
using Matchmaking.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Matchmaking.Storage.Tests.Contract;

/// <summary>How AddMatchmakingStorage registers the storage in a silo.</summary>
public sealed class RegistrationTests : IDisposable
{
    private readonly TempDirectory folder = new("mm-storage-registration");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_storage_named_profiles_is_orleans_ado_net_provider_behind_the_key_preserving_layer_with_our_services()
    {
        var database = new StorageDatabase(StorageProvider.Sqlite, $"Data Source={folder.Combine("grains.db")}", "registration");
        await using var silo = await StorageSilo.StartAsync(database);

        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Profiles);

        Assert.IsType<KeyPreservingGrainStorage>(storage);
        Assert.IsType<AdoNetGrainStorage>(silo.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Profiles + ".adonet"));
        Assert.Same(storage, silo.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Profiles));
        Assert.Null(silo.Services.GetKeyedService<IGrainStorage>("Default"));
        Assert.Same(database, silo.Services.GetRequiredService<StorageDatabase>());
        Assert.Same(silo.States, silo.Services.GetRequiredService<StoredStates>());
        Assert.Same(MatchmakingJson.Options, silo.Services.GetRequiredService<JsonStateSerializer>().Options);
        Assert.True(File.Exists(database.FilePath));
    }

    [Fact]
    public async Task A_silo_whose_service_id_is_not_the_storages_does_not_start()
    {
        var database = new StorageDatabase(StorageProvider.Sqlite, $"Data Source={folder.Combine("grains.db")}", "the-storages");
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Critical);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort(), FreePort(), serviceId: "another-one");
            silo.AddMatchmakingStorage(StorageNames.Profiles, database, MatchmakingJson.Options);
        });
        using var host = builder.Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("another-one", Flatten(error), StringComparison.Ordinal);
        database.ReleaseFile();
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate ? string.Join(" ", aggregate.InnerExceptions.Select(Flatten)) : error.ToString();

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
