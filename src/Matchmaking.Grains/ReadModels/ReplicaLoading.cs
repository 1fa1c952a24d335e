using Matchmaking.Storage;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;

namespace Matchmaking.Grains.ReadModels;

/// <summary>
/// Fills this silo's <see cref="EcosystemReplica"/> from storage while the silo starts, after the storage
/// provider and before the silo joins the cluster: no grain of this silo answers, and no request is served,
/// from a partial copy. The feed then follows from a moment taken before the load, so no write falls between.
/// A front end (no grains of its own) calls <see cref="LoadAsync"/> itself before it serves.
/// </summary>
public sealed partial class ReplicaLoading(
    EcosystemReplica replica,
    EcosystemFeed feed,
    StoredStates states,
    ILogger<ReplicaLoading> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>When the copy was complete; null while loading.</summary>
    public DateTimeOffset? LoadedAt { get; private set; }

    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe<ReplicaLoading>(ServiceLifecycleStage.ApplicationServices + 1, LoadAsync);
    }

    /// <summary>Loads the whole copy from storage; <see cref="LoadedAt"/> is set when it is complete.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        feed.StartFrom(await states.NowAsync(cancellationToken));
        var (profiles, calls, proposals) = await replica.LoadAsync(cancellationToken);
        LoadedAt = DateTimeOffset.UtcNow;
        LogLoaded(logger, profiles, calls, proposals, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Read models loaded from storage: {Profiles} profiles, {Calls} funding calls, {Proposals} proposals in {Milliseconds:0} ms")]
    private static partial void LogLoaded(ILogger logger, int profiles, int calls, int proposals, double milliseconds);
}
