using Matchmaking.Runtime.Tests.Grains;
using Matchmaking.Runtime.Tests.Infrastructure;

namespace Matchmaking.Runtime.Tests;

public sealed class TimerTests
{
    [Fact]
    public async Task Timer_ticks_run_as_turns_between_calls_and_stop_at_deactivation()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ITimerGrain>("t");

        await grain.BusyAsync(1);
        await Eventually.HoldsAsync(() => silo.Probe.TimerTicks >= 3, "the timer ticked three times");
        var busy = Enumerable.Range(0, 5).Select(_ => grain.BusyAsync(15)).ToArray();
        await Task.WhenAll(busy);
        await Eventually.HoldsAsync(() => silo.Probe.TimerTicks >= 6, "the timer ticked between calls");

        await grain.DeactivateAsync();
        await Eventually.HoldsAsync(() => silo.Diagnostics.ActivationCount == 0, "the activation is gone");
        var ticksAtDeactivation = silo.Probe.TimerTicks;
        await Task.Delay(50);

        Assert.Equal(ticksAtDeactivation, silo.Probe.TimerTicks);
        Assert.Equal(0, silo.Probe.Violations);
    }
}
