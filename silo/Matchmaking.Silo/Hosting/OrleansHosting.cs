using System.Net;
using Matchmaking.Abstractions.Json;
using Matchmaking.Grains;
using Matchmaking.Grains.ReadModels;
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
        var membershipTable = IsAdoNet(clustering.Provider) ? MembershipConnectionString(clustering, storage) : null;
        if (membershipTable is not null)
        {
            // Each silo's read models only hear of its own grains' writes: with other silos, follow the table too.
            builder.Services.PostConfigure<EcosystemFeedOptions>(o => o.FollowStorage = true);
        }

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clustering.ClusterId;
                o.ServiceId = storage.ServiceId;
            });
            if (membershipTable is not null)
            {
                // The membership schema is created in the silo's lifecycle, before the membership table is first read.
                silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(new ClusteringSchemaParticipant(membershipTable));
                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = membershipTable;
                });
                silo.ConfigureEndpoints(AdvertisedAddress(configuration), endpoints.SiloPort, endpoints.GatewayPort, listenOnAnyHostAddress: false);

                // Optional tuning of failure detection (ProbeTimeout, NumMissedProbesLimit, TableRefreshTimeout, …).
                silo.Services.Configure<ClusterMembershipOptions>(configuration.GetSection(MembershipSection));
            }
            else
            {
                silo.UseLocalhostClustering(endpoints.SiloPort, endpoints.GatewayPort, serviceId: storage.ServiceId, clusterId: clustering.ClusterId);
            }

            silo.AddMatchmakingStorage(StorageNames.Profiles, database, MatchmakingJson.Options);
            if (collectionAge is { } age)
            {
                silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = age);
            }

            silo.AddStartupTask<DemoSeeding>();
        });
        return builder;
    }

    /// <summary>Orleans' <see cref="ClusterMembershipOptions"/>, bound when the provider is AdoNet.</summary>
    public const string MembershipSection = "Clustering:Membership";

    /// <summary>The address this silo listens on and publishes in the membership table (loopback unless set).</summary>
    public const string AddressSetting = "Orleans:Address";

    // The membership table is on PostgreSQL: its own connection string, or the storage one when storage is there.
    private static string MembershipConnectionString(ClusteringSettings clustering, StorageSettings storage)
    {
        if (!string.IsNullOrWhiteSpace(clustering.ConnectionString))
        {
            return clustering.ConnectionString;
        }

        if (string.Equals(storage.Provider, nameof(StorageProvider.PostgreSql), StringComparison.OrdinalIgnoreCase) &&
            !string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            return storage.ConnectionString;
        }

        throw new InvalidOperationException(
            "Clustering:Provider AdoNet needs a PostgreSQL connection (Clustering:ConnectionString or Storage:Provider=PostgreSql).");
    }

    private static IPAddress AdvertisedAddress(IConfiguration configuration) =>
        configuration[AddressSetting] is { Length: > 0 } text
            ? IPAddress.TryParse(text, out var address)
                ? address
                : throw new InvalidOperationException($"{AddressSetting} '{text}' is not an IP address.")
            : IPAddress.Loopback;

    private static bool IsAdoNet(string? provider) => string.Equals(provider, "AdoNet", StringComparison.OrdinalIgnoreCase);

    private static StorageProvider ParseProvider(string? name) =>
        Enum.TryParse<StorageProvider>(name, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Storage:Provider '{name}' is not one of: {string.Join(", ", Enum.GetNames<StorageProvider>())}.");

    // The embedded default: a file under ./data of the directory the silo is started from.
    private static string DefaultSqlite() =>
        $"Data Source={Path.GetFullPath(Path.Combine("data", "matchmaking.db"))}";
}

/// <summary>Creates the membership schema before the silo first reads the membership table.</summary>
internal sealed class ClusteringSchemaParticipant(string connectionString) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe<ClusteringSchemaParticipant>(
            ServiceLifecycleStage.RuntimeInitialize, ct => ClusteringSchema.EnsureAsync(connectionString, ct));
}
