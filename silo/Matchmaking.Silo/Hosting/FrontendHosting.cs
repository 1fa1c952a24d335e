using Matchmaking.Abstractions.Json;
using Matchmaking.Grains.ReadModels;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Matchmaking.Silo.Hosting;

/// <summary>
/// The HTTP front end on its own (<c>--role frontend</c>): an Orleans client of the cluster. Writes and
/// per-actor questions are grain calls to the silos; lists, boards and briefs are answered from this process's
/// read models, loaded from storage before it serves and kept current by following the table, as a silo's are.
/// </summary>
public static class FrontendHosting
{
    /// <summary>Orleans' <see cref="GatewayOptions"/> (e.g. <c>GatewayListRefreshPeriod</c>).</summary>
    public const string GatewaySection = "Clustering:Gateways";

    internal static WebApplicationBuilder AddOrleansFrontend(this WebApplicationBuilder builder, HostingSettings settings)
    {
        var (_, database, clustering, endpoints, membershipTable) = settings;
        builder.Services.AddMatchmakingStoredStates(database, MatchmakingJson.Options);
        builder.Services.PostConfigure<EcosystemFeedOptions>(o => o.FollowStorage = true);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clustering.ClusterId;
                o.ServiceId = database.ServiceId;
            });
            if (membershipTable is not null)
            {
                client.UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = membershipTable;
                });
            }
            else
            {
                client.UseLocalhostClustering(endpoints.GatewayPort, database.ServiceId, clustering.ClusterId);
            }

            // Silos that join are used within seconds rather than Orleans' default minute.
            client.Services.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(10));
            client.Services.Configure<GatewayOptions>(builder.Configuration.GetSection(GatewaySection));
            // A database failure in a grain reaches the front end as the DbException it is (a 503), as between silos.
            client.Services.Configure<ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("Npgsql"));
            client.UseConnectionRetryFilter<ClusterConnectRetry>();
            client.AddOutgoingGrainCallFilter<CatchUpAfterWrites>();
            OrleansDashboard.AddTo(client, builder.Configuration);
        });
        builder.Services.AddHostedService<FrontendReplicaLoader>();
        return builder;
    }
}

/// <summary>Keeps trying to reach the cluster at start: a front end may start before its silos.</summary>
internal sealed partial class ClusterConnectRetry(ILogger<ClusterConnectRetry> logger) : IClientConnectionRetryFilter
{
    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        LogRetry(logger, exception.Message);
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No silo of the cluster answered yet (retrying): {Problem}")]
    private static partial void LogRetry(ILogger logger, string problem);
}
