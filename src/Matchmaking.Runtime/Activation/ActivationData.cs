using Matchmaking.Runtime.Storage;

namespace Matchmaking.Runtime;

/// <summary>
/// One activation of a grain: the grain instance, its turn queue (a FIFO reader/writer gate, so
/// read-only calls share and writers are never starved) and its lifecycle. All mutable fields are
/// guarded by <see cref="_gate"/>; grain code never runs under it.
/// </summary>
internal sealed class ActivationData
{
    [ThreadStatic]
    private static ActivationData? t_constructing;

    private readonly Lock _gate = new();
    private readonly Queue<TurnWaiter> _waiters = new();
    private readonly TaskCompletionSource _deactivated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _quiescent = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ActivationStatus _status = ActivationStatus.Activating;

    // The activator holds the activation exclusively until it is ready, so early callers queue.
    private bool _writer = true;
    private int _readers;
    private long _lastUsed = Environment.TickCount64;
    private DeactivationReason? _requestedDeactivation;
    private DeactivationReason _deactivationReason;
    private List<GrainTimer>? _timers;
    private Grain? _grain;

    public ActivationData(GrainRuntime runtime, GrainId grainId, GrainClassInfo grainClass)
    {
        Runtime = runtime;
        GrainId = grainId;
        GrainClass = grainClass;
    }

    /// <summary>The activation whose grain is being constructed on this thread, for <see cref="Grain"/>'s constructor.</summary>
    public static ActivationData? Constructing => t_constructing;

    public GrainRuntime Runtime { get; }

    public GrainId GrainId { get; }

    public GrainClassInfo GrainClass { get; }

    /// <summary>The grain; set once activation succeeded, before any call is let in.</summary>
    public Grain Grain => _grain!;

    /// <summary>Completes once the activation is gone from the directory (deactivated, or failed to activate).</summary>
    public Task Deactivated => _deactivated.Task;

    /// <summary>Constructs the grain, reads its state and runs OnActivateAsync; on failure the activation is dropped and the exception rethrown.</summary>
    public async Task ActivateAsync(CancellationToken cancellationToken)
    {
        try
        {
            IReadOnlyList<IStateLoader> states;
            t_constructing = this;
            try
            {
                (_grain, states) = GrainClass.Create(this, Runtime.Services);
            }
            finally
            {
                t_constructing = null;
            }

            foreach (var state in states)
            {
                await state.ReadStateAsync(cancellationToken);
            }

            await _grain.OnActivateAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            Runtime.Logger.ActivationFailed(exception, GrainId);
            Abandon();
            throw;
        }

        bool deactivate;
        lock (_gate)
        {
            _status = ActivationStatus.Valid;
            _writer = false;
            _lastUsed = Environment.TickCount64;
            deactivate = _requestedDeactivation is { } requested && BeginDeactivationLocked(requested);
            DrainLocked();
        }

        Runtime.Logger.Activated(GrainId, GrainClass.Type.Name);
        if (deactivate)
        {
            _ = DeactivateAsync();
        }
    }

    /// <summary>Drops an activation that never became valid: queued calls retry on a fresh one.</summary>
    public void Abandon()
    {
        lock (_gate)
        {
            _status = ActivationStatus.Invalid;
            DrainLocked();
        }

        CancelTimers();
        Runtime.Remove(this);
        _deactivated.TrySetResult();
    }

    /// <summary>Waits for a turn; false when the activation no longer takes calls (retry after <see cref="Deactivated"/>).</summary>
    public ValueTask<bool> EnterTurnAsync(TurnKind kind)
    {
        TurnWaiter waiter;
        lock (_gate)
        {
            if (_status >= ActivationStatus.Deactivating)
            {
                return new ValueTask<bool>(false);
            }

            // Fast path without allocation: nobody queued ahead and the gate is compatible.
            if (_status == ActivationStatus.Valid && _waiters.Count == 0)
            {
                if (kind == TurnKind.Exclusive)
                {
                    if (!_writer && _readers == 0)
                    {
                        _writer = true;
                        return new ValueTask<bool>(true);
                    }
                }
                else if (!_writer)
                {
                    _readers++;
                    return new ValueTask<bool>(true);
                }
            }

            waiter = new TurnWaiter(kind);
            _waiters.Enqueue(waiter);
        }

        return new ValueTask<bool>(waiter.Task);
    }

    /// <summary>Ends a turn; starts a requested deactivation and lets the next turns in.</summary>
    public void ExitTurn(TurnKind kind, bool isCall)
    {
        bool deactivate = false;
        lock (_gate)
        {
            if (kind == TurnKind.Exclusive)
            {
                _writer = false;
            }
            else
            {
                _readers--;
            }

            // Timer ticks do not count as use: a grain kept busy only by its timers is still idle.
            if (isCall)
            {
                _lastUsed = Environment.TickCount64;
            }

            if (_requestedDeactivation is { } requested && _status == ActivationStatus.Valid)
            {
                deactivate = BeginDeactivationLocked(requested);
            }

            DrainLocked();
        }

        if (deactivate)
        {
            _ = DeactivateAsync();
        }
    }

    /// <summary>Deactivates once the current turns end (DeactivateOnIdle, a stale-ETag failure).</summary>
    public void RequestDeactivation(DeactivationReason reason)
    {
        lock (_gate)
        {
            // A storage conflict outranks a plain request: it is what the logs should say.
            if (_requestedDeactivation is null || reason.ReasonCode == DeactivationReasonCode.ApplicationError)
            {
                _requestedDeactivation = reason;
            }
        }
    }

    /// <summary>Starts deactivating now (shutdown); an activation still activating deactivates right after.</summary>
    public Task StartDeactivation(DeactivationReason reason)
    {
        bool deactivate;
        lock (_gate)
        {
            if (_status == ActivationStatus.Activating)
            {
                _requestedDeactivation = reason;
                return _deactivated.Task;
            }

            deactivate = BeginDeactivationLocked(reason);
            DrainLocked();
        }

        if (deactivate)
        {
            _ = DeactivateAsync();
        }

        return _deactivated.Task;
    }

    /// <summary>Starts deactivating when nothing ran, or waits, for at least <paramref name="ageMilliseconds"/>.</summary>
    public bool TryCollectIdle(long now, long ageMilliseconds)
    {
        lock (_gate)
        {
            if (_status != ActivationStatus.Valid || _writer || _readers > 0 || _waiters.Count > 0
                || now - _lastUsed < ageMilliseconds)
            {
                return false;
            }

            BeginDeactivationLocked(new DeactivationReason(DeactivationReasonCode.ActivationIdle, "The activation was not called for the collection age."));
            DrainLocked();
        }

        _ = DeactivateAsync();
        return true;
    }

    public IDisposable RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new GrainTimer(this, callback);
        lock (_gate)
        {
            if (_status >= ActivationStatus.Deactivating)
            {
                return timer; // Never started: timers stop at deactivation.
            }

            (_timers ??= []).Add(timer);
        }

        timer.Start(dueTime, period);
        return timer;
    }

    public void RemoveTimer(GrainTimer timer)
    {
        lock (_gate)
        {
            _timers?.Remove(timer);
        }
    }

    /// <summary>Runs one timer tick as a turn; false when the activation is going away.</summary>
    public async Task<bool> RunTimerTickAsync(Func<CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        var kind = GrainClass.IsReentrant ? TurnKind.Shared : TurnKind.Exclusive;
        if (!await EnterTurnAsync(kind))
        {
            return false;
        }

        try
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return false;
            }

            await callback(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception exception)
        {
            // A failing tick must not stop the timer or the activation, as in Orleans.
            if (exception is InconsistentStateException)
            {
                RequestDeactivation(GrainRuntime.InconsistentStateReason);
            }

            Runtime.Logger.TimerCallbackFailed(exception, GrainId);
        }
        finally
        {
            ExitTurn(kind, isCall: false);
        }

        return true;
    }

    private bool BeginDeactivationLocked(DeactivationReason reason)
    {
        if (_status != ActivationStatus.Valid)
        {
            return false;
        }

        _status = ActivationStatus.Deactivating;
        _deactivationReason = reason;
        _requestedDeactivation = null;
        return true;
    }

    /// <summary>Lets queued turns in, in order; rejects them all once the activation is going away.</summary>
    private void DrainLocked()
    {
        if (_status == ActivationStatus.Activating)
        {
            return;
        }

        if (_status != ActivationStatus.Valid)
        {
            while (_waiters.TryDequeue(out var rejected))
            {
                rejected.TrySetResult(false);
            }

            if (_status == ActivationStatus.Deactivating && !_writer && _readers == 0 && !_quiescent.Task.IsCompleted)
            {
                _writer = true; // Deactivation is the last exclusive turn.
                _quiescent.TrySetResult();
            }

            return;
        }

        while (_waiters.TryPeek(out var next))
        {
            if (next.Kind == TurnKind.Exclusive)
            {
                if (_writer || _readers > 0)
                {
                    return;
                }

                _writer = true;
                _waiters.Dequeue();
                next.TrySetResult(true);
                return;
            }

            if (_writer)
            {
                return;
            }

            _readers++;
            _waiters.Dequeue();
            next.TrySetResult(true);
        }
    }

    private async Task DeactivateAsync()
    {
        CancelTimers();
        await _quiescent.Task;
        var reason = _deactivationReason;
        var timeout = Runtime.Options.DeactivationTimeout;
        try
        {
            using var timeoutSource = new CancellationTokenSource(timeout);
            await Grain.OnDeactivateAsync(reason, timeoutSource.Token).WaitAsync(timeout);
        }
        catch (Exception exception)
        {
            Runtime.Logger.DeactivationFailed(exception, GrainId);
        }

        lock (_gate)
        {
            _status = ActivationStatus.Invalid;
            DrainLocked();
        }

        Runtime.Remove(this);
        Runtime.Logger.Deactivated(GrainId, reason.ReasonCode);
        _deactivated.TrySetResult();
    }

    private void CancelTimers()
    {
        List<GrainTimer>? timers;
        lock (_gate)
        {
            timers = _timers;
            _timers = null;
        }

        if (timers is null)
        {
            return;
        }

        foreach (var timer in timers)
        {
            timer.Dispose();
        }
    }
}
