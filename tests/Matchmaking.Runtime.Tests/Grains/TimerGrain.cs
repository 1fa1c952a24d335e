using Matchmaking.Runtime.Tests.Infrastructure;

namespace Matchmaking.Runtime.Tests.Grains;

public interface ITimerGrain : IGrainWithStringKey
{
    /// <summary>Stays busy for <paramref name="milliseconds"/>; a timer tick meanwhile would be a violation.</summary>
    Task BusyAsync(int milliseconds);

    Task DeactivateAsync();
}

public sealed class TimerGrain(GrainProbe probe) : Grain, ITimerGrain
{
    private bool _inCall;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Activated(GrainId);
        RegisterGrainTimer(TickAsync, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(5));
        return Task.CompletedTask;
    }

    public async Task BusyAsync(int milliseconds)
    {
        _inCall = true;
        await Task.Delay(milliseconds);
        _inCall = false;
    }

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        if (_inCall)
        {
            probe.Violation();
        }

        await Task.Yield();
        probe.Tick();
    }
}
