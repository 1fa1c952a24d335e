using System.Net;
using Matchmaking.Abstractions.Json;
using Matchmaking.Grains;
using Matchmaking.Grains.ReadModels;
using Matchmaking.Silo.Demo;
using Matchmaking.Storage;
using Orleans.Configuration;

namespace Matchmaking.Silo.Hosting;

/// <summary>The Orleans silo in this process: endpoints, clustering, grain storage, idle collection, demo seeding, the dashboard.</summary>
public static class OrleansHosting
{
    /// <summary>A silo, or with <see cref="ProcessRole.Frontend"/> an Orleans client of the cluster (<see cref="FrontendHosting"/>).</summary>
    public static WebApplicationBuilder AddOrleans(this WebApplicationBuilder builder)
    {
        var settings = HostingSettings.From(builder.Configuration);
        return settings.Role == ProcessRole.Frontend ? builder.AddOrleansFrontend(settings) : builder.AddOrleansSilo(settings);
    }

    private static WebApplicationBuilder AddOrleansSilo(this WebApplicationBuilder builder, HostingSettings settings)
    {
        var configuration = builder.Configuration;
        var (_, database, clustering, endpoints, membershipTable) = settings;
        var collectionAge = configuration.GetValue<TimeSpan?>("Runtime:CollectionAge");
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
                o.ServiceId = database.ServiceId;
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

                // A request's write may run on another silo: the request waits until this silo's copy has it.
                silo.AddOutgoingGrainCallFilter<CatchUpAfterWrites>();
            }
            else
            {
                silo.UseLocalhostClustering(endpoints.SiloPort, endpoints.GatewayPort, serviceId: database.ServiceId, clusterId: clustering.ClusterId);
            }

            silo.AddMatchmakingStorage(StorageNames.Profiles, database, MatchmakingJson.Options);
            if (collectionAge is { } age)
            {
                silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = age);
            }

            silo.AddStartupTask<DemoSeeding>();
            silo.AddStartupTask<HubReminders>();
            OrleansDashboard.AddTo(silo, configuration);
        });
        return builder;
    }

    /// <summary>Orleans' <see cref="ClusterMembershipOptions"/>, bound when the provider is AdoNet.</summary>
    public const string MembershipSection = "Clustering:Membership";

    /// <summary>The address this silo listens on and publishes in the membership table (loopback unless set).</summary>
    public const string AddressSetting = "Orleans:Address";

    private static IPAddress AdvertisedAddress(IConfiguration configuration) =>
        configuration[AddressSetting] is { Length: > 0 } text
            ? IPAddress.TryParse(text, out var address)
                ? address
                : throw new SettingsException($"{AddressSetting} '{text}' is not an IP address.")
            : IPAddress.Loopback;
}

/// <summary>Creates the membership schema before the silo first reads the membership table.</summary>
internal sealed class ClusteringSchemaParticipant(string connectionString) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe<ClusteringSchemaParticipant>(
            ServiceLifecycleStage.RuntimeInitialize, ct => ClusteringSchema.EnsureAsync(connectionString, ct));
}
