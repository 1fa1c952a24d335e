using Matchmaking.Grains.ReadModels;
using Matchmaking.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Matchmaking.Silo.Hosting;

/// <summary>
/// What <c>/health</c> checks: the storage answers, this silo is an active member of its cluster, and its read
/// models hold the whole ecosystem (loaded, and following other silos' writes when there are several).
/// </summary>
public static class SiloHealth
{
    public const string Storage = "storage";
    public const string Cluster = "cluster";
    public const string ReadModels = "read-models";

    public static IServiceCollection AddSiloHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>(Storage)
            .AddCheck<ClusterHealthCheck>(Cluster)
            .AddCheck<ReadModelsHealthCheck>(ReadModels);
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
