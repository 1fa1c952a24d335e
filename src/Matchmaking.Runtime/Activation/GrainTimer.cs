namespace Matchmaking.Runtime;

/// <summary>A timer of one activation whose ticks run as turns (mirrors <c>Orleans.Runtime.IGrainTimer</c>).</summary>
internal sealed class GrainTimer(ActivationData activation, Func<CancellationToken, Task> callback) : IDisposable
{
    // Never disposed: it has no timer of its own, and disposing would race with the loop reading its token.
    private readonly CancellationTokenSource _stop = new();

    public void Start(TimeSpan dueTime, TimeSpan period) => _ = RunAsync(dueTime, period);

    public void Dispose() => _stop.Cancel();

    private async Task RunAsync(TimeSpan dueTime, TimeSpan period)
    {
        var cancellationToken = _stop.Token;
        try
        {
            await Task.Delay(dueTime, cancellationToken);
            // The next tick is timed from the end of the previous one, so ticks never pile up.
            while (await activation.RunTimerTickAsync(callback, cancellationToken) && period != Timeout.InfiniteTimeSpan)
            {
                await Task.Delay(period, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed or deactivated.
        }
        finally
        {
            activation.RemoveTimer(this);
        }
    }
}
