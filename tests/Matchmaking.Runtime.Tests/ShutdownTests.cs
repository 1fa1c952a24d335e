using Matchmaking.Runtime.Tests.Grains;
using Matchmaking.Runtime.Tests.Infrastructure;

namespace Matchmaking.Runtime.Tests;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_the_host_deactivates_every_activation_and_later_calls_fail_clearly()
    {
        await using var silo = await TestSilo.StartAsync();
        var grains = Enumerable.Range(0, 3).Select(i => silo.Grains.GetGrain<ILifecycleGrain>($"g{i}")).ToArray();
        await Task.WhenAll(grains.Select(g => g.GetInstanceAsync()));

        await silo.StopAsync();

        Assert.Equal(0, silo.Diagnostics.ActivationCount);
        Assert.All(grains, (_, i) => Assert.Equal([DeactivationReasonCode.ShuttingDown], silo.Probe.DeactivationsOf($"g{i}")));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => grains[0].GetInstanceAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => silo.Grains.GetGrain<ILifecycleGrain>("new").GetInstanceAsync());
    }

    [Fact]
    public async Task Disposing_the_service_provider_without_stopping_the_host_deactivates_every_activation()
    {
        var silo = await TestSilo.StartAsync();
        var probe = silo.Probe;
        var factory = silo.Grains;
        await factory.GetGrain<ILifecycleGrain>("a").GetInstanceAsync();

        await silo.DisposeWithoutStoppingAsync();

        Assert.Equal([DeactivationReasonCode.ShuttingDown], probe.DeactivationsOf("a"));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => factory.GetGrain<ILifecycleGrain>("a").GetInstanceAsync());
    }

    [Fact]
    public async Task Shutdown_gives_up_after_the_deactivation_timeout()
    {
        await using var silo = await TestSilo.StartAsync(options => options.DeactivationTimeout = TimeSpan.FromMilliseconds(100));
        await silo.Grains.GetGrain<ILifecycleGrain>("stuck").GetInstanceAsync();
        silo.Probe.DeactivationGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var stopping = silo.StopAsync();

        Assert.Same(stopping, await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(3))));
        await stopping;
    }
}
