namespace Matchmaking.Runtime;

/// <summary>
/// Base class of every grain implementation (mirrors <c>Orleans.Grain</c>). The runtime constructs
/// one instance per activation and runs its calls one turn at a time.
/// </summary>
public abstract class Grain
{
    private readonly ActivationData? _activation;

    /// <summary>
    /// Picks up the activation being constructed by the runtime, so that <see cref="GrainId"/> and
    /// <see cref="GrainExtensions.GetPrimaryKeyString"/> already work inside the derived constructor.
    /// </summary>
    protected Grain()
    {
        _activation = ActivationData.Constructing;
    }

    /// <summary>The identity of this activation's grain.</summary>
    public GrainId GrainId => Activation.GrainId;

    /// <summary>Gives references to other grains.</summary>
    protected IGrainFactory GrainFactory => Activation.Runtime;

    internal ActivationData Activation =>
        _activation ?? throw new InvalidOperationException(
            $"{GetType().Name} was not created by the grain runtime; get it through IGrainFactory.GetGrain instead of constructing it.");

    /// <summary>Runs once after the state is read and before the first call. Default: nothing.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs once when the activation is deactivated (idle, requested, error, shutdown). Default: nothing.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation as soon as the current call completes; the next call gets a fresh one.</summary>
    protected void DeactivateOnIdle() =>
        Activation.RequestDeactivation(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "DeactivateOnIdle was called."));

    /// <summary>
    /// Runs <paramref name="callback"/> after <paramref name="dueTime"/> and then every <paramref name="period"/>
    /// (<see cref="Timeout.InfiniteTimeSpan"/> for once), each time as a turn of this activation: never at the
    /// same time as a call (unless the grain is <see cref="ReentrantAttribute">reentrant</see>), and the next tick
    /// is timed from the end of the previous one. Ticks do not keep the activation from being collected when idle.
    /// The timer stops when disposed or when the activation is deactivated; its token is then cancelled.
    /// </summary>
    protected IDisposable RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (dueTime < TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(dueTime), dueTime, "The due time must be zero or positive.");
        }

        if (period <= TimeSpan.Zero && period != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "The period must be positive, or infinite for a single tick.");
        }

        return Activation.RegisterTimer(callback, dueTime, period);
    }
}
