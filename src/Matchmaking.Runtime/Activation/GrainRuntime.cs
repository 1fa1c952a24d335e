using System.Collections.Concurrent;
using Matchmaking.Runtime.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Runtime;

/// <summary>
/// The in-process silo: the directory of activations (one per <see cref="GrainId"/>), the call path
/// from references into turns, idle collection and shutdown.
/// </summary>
internal sealed class GrainRuntime : IGrainFactory, IGrainRuntimeDiagnostics, IAsyncDisposable, IDisposable
{
    internal static readonly DeactivationReason InconsistentStateReason =
        new(DeactivationReasonCode.ApplicationError, "A storage operation found a stale ETag; the state is re-read on the next activation.");

    private static readonly DeactivationReason ShuttingDownReason =
        new(DeactivationReasonCode.ShuttingDown, "The grain runtime is shutting down.");

    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _shutdownGate = new();
    private Task? _shutdown;
    private volatile bool _stopped;

    public GrainRuntime(IServiceProvider services, IOptions<GrainRuntimeOptions> options, ILogger<GrainRuntime> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        Services = services;
        Options = options.Value;
        Logger = logger;
        if (Options.CollectionAge <= TimeSpan.Zero || Options.CollectionQuantum <= TimeSpan.Zero || Options.DeactivationTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("GrainRuntimeOptions.CollectionAge, CollectionQuantum and DeactivationTimeout must be positive.");
        }

        Catalog = GrainTypeCatalog.Build(Options.GrainAssemblies, Options.DefaultStorageName);
    }

    public IServiceProvider Services { get; }

    public GrainRuntimeOptions Options { get; }

    public ILogger Logger { get; }

    public GrainTypeCatalog Catalog { get; }

    public int ActivationCount => _activations.Count;

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(primaryKey);
        var grainInterface = Catalog.GetInterface(typeof(TGrainInterface));
        return GrainReference.Create<TGrainInterface>(this, new GrainId(grainInterface.Class.TypeName, primaryKey), grainInterface);
    }

    /// <summary>Runs one call with a result as a turn of the target's activation, activating it when needed.</summary>
    public async ValueTask<TResult> InvokeAsync<TResult>(GrainReference target, GrainMethod method, object?[] arguments)
    {
        LeaveCallersContext();
        var kind = target.Interface.Class.IsReentrant || method.IsReadOnly ? TurnKind.Shared : TurnKind.Exclusive;
        var activation = await EnterAsync(target, kind);
        try
        {
            return await method.GetInvoker<TResult>()(activation.Grain, arguments);
        }
        catch (InconsistentStateException)
        {
            activation.RequestDeactivation(InconsistentStateReason);
            throw;
        }
        finally
        {
            activation.ExitTurn(kind, isCall: true);
        }
    }

    /// <summary>Runs one call without a result as a turn of the target's activation.</summary>
    public async ValueTask InvokeAsync(GrainReference target, GrainMethod method, object?[] arguments)
    {
        LeaveCallersContext();
        var kind = target.Interface.Class.IsReentrant || method.IsReadOnly ? TurnKind.Shared : TurnKind.Exclusive;
        var activation = await EnterAsync(target, kind);
        try
        {
            await method.GetInvoker()(activation.Grain, arguments);
        }
        catch (InconsistentStateException)
        {
            activation.RequestDeactivation(InconsistentStateReason);
            throw;
        }
        finally
        {
            activation.ExitTurn(kind, isCall: true);
        }
    }

    /// <summary>Deactivates every activation idle for at least the collection age.</summary>
    public int CollectIdleActivations()
    {
        var now = Environment.TickCount64;
        var age = (long)Options.CollectionAge.TotalMilliseconds;
        var collected = 0;
        foreach (var pair in _activations)
        {
            if (pair.Value.TryCollectIdle(now, age))
            {
                collected++;
            }
        }

        if (collected > 0)
        {
            Logger.IdleActivationsCollected(collected);
        }

        return collected;
    }

    /// <summary>Collects idle activations every quantum until cancelled.</summary>
    public async Task RunCollectorAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Options.CollectionQuantum);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                CollectIdleActivations();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>Stops taking calls and deactivates every activation, waiting at most the deactivation timeout.</summary>
    public Task ShutdownAsync(CancellationToken cancellationToken)
    {
        lock (_shutdownGate)
        {
            if (_shutdown is null)
            {
                _stopped = true;
                _shutdown = Task.Run(ShutdownCoreAsync, CancellationToken.None);
            }
        }

        return _shutdown.WaitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => new(ShutdownAsync(CancellationToken.None));

    public void Dispose() => ShutdownAsync(CancellationToken.None).GetAwaiter().GetResult();

    internal void Remove(ActivationData activation) =>
        _activations.TryRemove(new KeyValuePair<GrainId, ActivationData>(activation.GrainId, activation));

    private async ValueTask<ActivationData> EnterAsync(GrainReference target, TurnKind kind)
    {
        while (true)
        {
            ThrowIfStopped(target.GrainId);
            if (!_activations.TryGetValue(target.GrainId, out var activation))
            {
                var created = new ActivationData(this, target.GrainId, target.Interface.Class);
                if (!_activations.TryAdd(target.GrainId, created))
                {
                    continue;
                }

                // Shutdown may have taken its snapshot of the directory just before this one was added.
                if (_stopped)
                {
                    created.Abandon();
                    ThrowIfStopped(target.GrainId);
                }

                await created.ActivateAsync(_stopping.Token);
                activation = created;
            }

            if (await activation.EnterTurnAsync(kind))
            {
                return activation;
            }

            // Deactivating: the next activation may start only once this one is gone.
            await activation.Deactivated;
        }
    }

    /// <summary>
    /// Grain code must not run on the caller's synchronization context (a UI thread, a test runner's
    /// limited pool): activations have their own turns, as in Orleans. The async method builder
    /// restores the caller's context when this method returns to it.
    /// </summary>
    private static void LeaveCallersContext()
    {
        if (SynchronizationContext.Current is not null)
        {
            SynchronizationContext.SetSynchronizationContext(null);
        }
    }

    private void ThrowIfStopped(GrainId grainId)
    {
        if (_stopped)
        {
            throw new ObjectDisposedException(nameof(GrainRuntime), $"The grain runtime has shut down; the call to {grainId} was not made.");
        }
    }

    private async Task ShutdownCoreAsync()
    {
        Logger.RuntimeStopping(_activations.Count);
        var deactivations = new List<Task>();
        foreach (var pair in _activations)
        {
            deactivations.Add(pair.Value.StartDeactivation(ShuttingDownReason));
        }

        try
        {
            await Task.WhenAll(deactivations).WaitAsync(Options.DeactivationTimeout);
        }
        catch (TimeoutException)
        {
            Logger.ShutdownTimedOut(Options.DeactivationTimeout, _activations.Count);
        }

        // Activations stuck in OnActivateAsync see their token cancelled.
        await _stopping.CancelAsync();
    }
}
