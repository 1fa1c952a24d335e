using System.Net;
using System.Net.Sockets;
using Matchmaking.Abstractions.Json;
using Matchmaking.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Matchmaking.Storage.Tests.Infrastructure;

/// <summary>
/// A real in-process Orleans silo (localhost clustering on free ports, the database's service id) with nothing but
/// the product's grain storage: <c>AddMatchmakingStorage</c>, as the silo registers it. <see cref="Storage"/> is
/// Orleans' <see cref="IGrainStorage"/> named "profiles", resolved the way Orleans resolves it for grains.
/// </summary>
public sealed class StorageSilo : IAsyncDisposable
{
    private readonly IHost host;

    private StorageSilo(IHost host, StorageDatabase database)
    {
        this.host = host;
        Database = database;
    }

    public StorageDatabase Database { get; }

    public IServiceProvider Services => host.Services;

    /// <summary>Orleans' grain storage "profiles" (a keyed singleton: what <c>[PersistentState(…, "profiles")]</c> gets).</summary>
    public IGrainStorage Storage => host.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Profiles);

    public StoredStates States => host.Services.GetRequiredService<StoredStates>();

    /// <summary>Starts a silo on <paramref name="database"/>; the schema exists (and a legacy table is carried over) when this returns.</summary>
    public static async Task<StorageSilo> StartAsync(StorageDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort(), FreePort(), serviceId: database.ServiceId, clusterId: "storage-tests");
            silo.AddMatchmakingStorage(StorageNames.Profiles, database, MatchmakingJson.Options);
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new StorageSilo(host, database);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await host.StopAsync(stop.Token);
        }
        finally
        {
            host.Dispose();
            Database.ReleaseFile();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
