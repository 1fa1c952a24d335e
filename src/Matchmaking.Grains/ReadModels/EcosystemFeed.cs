using Matchmaking.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Grains.ReadModels;

/// <summary>How this silo's read models learn of writes made on other silos (configuration section <c>ReadModels</c>).</summary>
public sealed class EcosystemFeedOptions
{
    public const string Section = "ReadModels";

    /// <summary>Follow the storage table for other silos' writes. Off for a single silo, whose grains feed it all.</summary>
    public bool FollowStorage { get; set; }

    /// <summary>How often the table is read for changes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How far back each read looks before the database time at which the previous read began. A transaction that
    /// commits after a later one (PostgreSQL assigns the time at write, not at commit) is still found within this
    /// margin; a row older than it was committed before the previous read and was seen then.
    /// </summary>
    public TimeSpan Overlap { get; set; } = TimeSpan.FromSeconds(3);
}

/// <summary>
/// Keeps <see cref="EcosystemReplica"/> current with every silo's writes by reading the storage table's changed
/// rows (database time, with an overlap before the previous read's start), so that a write acknowledged anywhere
/// is in every silo's answers within a poll interval; an idle table costs a read that finds nothing. Storage is the one source every silo already shares and survives any silo's death;
/// the versions make re-reading a row harmless. A failing read (the database away) is retried at the next tick.
/// </summary>
public sealed partial class EcosystemFeed(
    EcosystemReplica replica,
    StoredStates states,
    IOptions<EcosystemFeedOptions> options,
    ILogger<EcosystemFeed> logger) : BackgroundService
{
    private readonly SemaphoreSlim reading = new(1, 1);
    private readonly TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset since = DateTimeOffset.MinValue;
    private long lastReadStarted;

    /// <summary>When the last read of the table succeeded (UTC); null before the first.</summary>
    public DateTimeOffset? LastRead { get; private set; }

    /// <summary>Starts following from <paramref name="since"/> (taken before the replica's load, so nothing falls between).</summary>
    public void StartFrom(DateTimeOffset loadedAt)
    {
        since = loadedAt - options.Value.Overlap;
        loaded.TrySetResult();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.FollowStorage)
        {
            return;
        }

        await loaded.Task.WaitAsync(stoppingToken); // nothing to follow before the replica is loaded
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ReadOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogReadFailed(logger, ex.Message);
            }
        }
    }

    /// <summary>Reads and applies the changes since the last read (less the overlap) once; returns how many changed the replica.</summary>
    public async Task<int> ReadOnceAsync(CancellationToken cancellationToken)
    {
        await reading.WaitAsync(cancellationToken);
        try
        {
            return await ReadLockedAsync(cancellationToken);
        }
        finally
        {
            reading.Release();
        }
    }

    /// <summary>
    /// Returns once a read of the table that started after this call has been applied: what was acknowledged
    /// before the call is in the replica (read-your-writes for a process whose writes run on other silos).
    /// Callers that arrive together share one read.
    /// </summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var requested = System.Diagnostics.Stopwatch.GetTimestamp();
        await reading.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref lastReadStarted) > requested)
            {
                return; // a read that began after the request has completed meanwhile
            }

            await ReadLockedAsync(cancellationToken);
        }
        finally
        {
            reading.Release();
        }
    }

    private async Task<int> ReadLockedAsync(CancellationToken cancellationToken)
    {
        Volatile.Write(ref lastReadStarted, System.Diagnostics.Stopwatch.GetTimestamp());
        var readAt = await states.NowAsync(cancellationToken);
        var rows = await states.ReadChangedSinceAsync(since, cancellationToken);
        var applied = await replica.ApplyAsync(rows, cancellationToken);
        since = readAt - options.Value.Overlap; // whatever committed before readAt has been seen now
        LastRead = DateTimeOffset.UtcNow;
        return applied;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read other silos' writes from storage (retrying): {Problem}")]
    private static partial void LogReadFailed(ILogger logger, string problem);
}
