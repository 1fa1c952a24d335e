using Matchmaking.Abstractions.Json;
using Matchmaking.Grains;
using Matchmaking.Silo.Demo;
using Matchmaking.Storage;
using Orleans.Configuration;

namespace Matchmaking.Silo.Hosting;

/// <summary>The Orleans silo in this process: endpoints, clustering, grain storage, idle collection, demo seeding.</summary>
public static class OrleansHosting
{
    public static WebApplicationBuilder AddOrleansSilo(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var storage = configuration.GetSection(StorageSettings.Section).Get<StorageSettings>() ?? new StorageSettings();
        var clustering = configuration.GetSection(ClusteringSettings.Section).Get<ClusteringSettings>() ?? new ClusteringSettings();
        var endpoints = configuration.GetSection(EndpointSettings.Section).Get<EndpointSettings>() ?? new EndpointSettings();
        var database = new StorageDatabase(ParseProvider(storage.Provider), storage.ConnectionString ?? DefaultSqlite(), storage.ServiceId);
        var collectionAge = configuration.GetValue<TimeSpan?>("Runtime:CollectionAge");

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clustering.ClusterId;
                o.ServiceId = storage.ServiceId;
            });
            if (IsAdoNet(clustering.Provider))
            {
                throw new InvalidOperationException("Clustering:Provider AdoNet is not available yet in this build.");
            }

            silo.UseLocalhostClustering(endpoints.SiloPort, endpoints.GatewayPort, serviceId: storage.ServiceId, clusterId: clustering.ClusterId);
            silo.AddMatchmakingStorage(StorageNames.Profiles, database, MatchmakingJson.Options);
            if (collectionAge is { } age)
            {
                silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = age);
            }

            silo.AddStartupTask<DemoSeeding>();
        });
        return builder;
    }

    private static bool IsAdoNet(string? provider) => string.Equals(provider, "AdoNet", StringComparison.OrdinalIgnoreCase);

    private static StorageProvider ParseProvider(string? name) =>
        Enum.TryParse<StorageProvider>(name, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Storage:Provider '{name}' is not one of: {string.Join(", ", Enum.GetNames<StorageProvider>())}.");

    // The embedded default: a file under ./data of the directory the silo is started from.
    private static string DefaultSqlite() =>
        $"Data Source={Path.GetFullPath(Path.Combine("data", "matchmaking.db"))}";
}
