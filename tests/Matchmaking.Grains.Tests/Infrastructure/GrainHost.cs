using System.Net;
using System.Net.Sockets;
using Matchmaking.Abstractions.Json;
using Matchmaking.Grains;
using Matchmaking.Storage;
using Matchmaking.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Matchmaking.Grains.Tests.Infrastructure;

/// <summary>
/// The grains in a real Orleans silo of their own (localhost clustering on free ports) over a SQLite file that
/// outlives <see cref="RestartAsync"/>, as a silo restart would. <see cref="StartAsync"/> before use.
/// </summary>
public sealed class GrainHost : IAsyncDisposable
{
    private readonly TempDirectory folder = new();
    private readonly Action<IServiceCollection>? configure;
    private readonly TimeSpan? collectionAge;
    private IHost? host;

    /// <param name="configure">More services or replacements (e.g. a drafting connector, a clock), added after the grains'.</param>
    /// <param name="collectionAge">How long an idle grain stays active (Orleans' default otherwise).</param>
    public GrainHost(Action<IServiceCollection>? configure = null, TimeSpan? collectionAge = null)
    {
        this.configure = configure;
        this.collectionAge = collectionAge;
    }

    public IServiceProvider Services => (host ?? throw new InvalidOperationException("The grain host has not started.")).Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>The storage the silo writes to.</summary>
    public StorageDatabase Database => new(StorageProvider.Sqlite, $"Data Source={folder.Combine("grains.db")}", "matchmaking");

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Starts the silo; its read models are loaded from the store before this returns.</summary>
    public async Task StartAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var database = Database;
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort(), FreePort(), serviceId: database.ServiceId);
            silo.AddMatchmakingStorage(StorageNames.Profiles, database, MatchmakingJson.Options);
            if (collectionAge is { } age)
            {
                silo.Configure<GrainCollectionOptions>(o =>
                {
                    o.CollectionAge = age;
                    o.CollectionQuantum = TimeSpan.FromMilliseconds(Math.Max(100, age.TotalMilliseconds / 2));
                });
            }
        });
        builder.Services.AddMatchmakingGrains();
        configure?.Invoke(builder.Services);
        host = builder.Build();
        await host.StartAsync();
    }

    /// <summary>Stops the silo (every activation and in-memory view goes) and starts a new one on the same store.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Database.ReleaseFile();
        folder.Dispose();
    }

    private async Task StopAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
            host = null;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
