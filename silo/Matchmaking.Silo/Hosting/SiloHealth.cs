using Matchmaking.Grains.ReadModels;
using Matchmaking.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Matchmaking.Silo.Hosting;

/// <summary>
/// What <c>/health</c> checks: the storage answers, this silo is an active member of its cluster (a front end:
/// the cluster answers it), and its read models hold the whole ecosystem (loaded, and following other silos'
/// writes when there are several).
/// </summary>
public static class SiloHealth
{
    public const string Storage = "storage";
    public const string Cluster = "cluster";
    public const string ReadModels = "read-models";

    public static IServiceCollection AddSiloHealthChecks(this IServiceCollection services, ProcessRole role)
    {
        var checks = services.AddHealthChecks().AddCheck<StorageHealthCheck>(Storage);
        _ = role == ProcessRole.Frontend
            ? checks.AddCheck<GatewayHealthCheck>(Cluster)
            : checks.AddCheck<ClusterHealthCheck>(Cluster);
        checks.AddCheck<ReadModelsHealthCheck>(ReadModels);
        return services;
    }
}

internal sealed class StorageHealthCheck(StorageDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            await using var connection = await database.OpenAsync(timeout.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy($"{database.Provider} answers.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{database.Provider} does not answer: {ex.Message}");
        }
    }
}

internal sealed class ClusterHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = membership.CurrentSnapshot;
        var status = snapshot.GetSiloStatus(silo.SiloAddress);
        var active = snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"This silo is active; {active} active in the cluster.")
            : HealthCheckResult.Unhealthy($"This silo is {status}, not active."));
    }
}

/// <summary>A front end's view: the cluster answers through a gateway, with at least one active silo.</summary>
internal sealed class GatewayHealthCheck(IClusterClient client) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, cancellationToken: CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(3), cancellationToken);
            return hosts.Count > 0
                ? HealthCheckResult.Healthy($"The cluster answers; {hosts.Count} active silos.")
                : HealthCheckResult.Unhealthy("The cluster has no active silo.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The cluster does not answer: {ex.Message}");
        }
    }
}

internal sealed class ReadModelsHealthCheck(ReplicaLoading loading, EcosystemFeed feed, IOptions<EcosystemFeedOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (loading.LoadedAt is null)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Still loading from storage."));
        }

        var stale = options.Value.PollInterval * 25;
        if (options.Value.FollowStorage && (feed.LastRead is not { } read || DateTimeOffset.UtcNow - read > stale))
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"Other silos' writes not read for more than {stale.TotalSeconds:0.#} s: answers may be partial."));
        }

        return Task.FromResult(HealthCheckResult.Healthy("The whole ecosystem is loaded."));
    }
}
