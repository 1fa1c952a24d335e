using Matchmaking.Runtime.Tests.Grains;
using Matchmaking.Runtime.Tests.Infrastructure;

namespace Matchmaking.Runtime.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task The_grain_knows_its_key_from_its_constructor_on()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ILifecycleGrain>("alpha");

        Assert.Equal("alpha", await grain.GetKeySeenByConstructorAsync());
        Assert.Equal("lifecycle/alpha", await grain.GetGrainIdTextAsync());
    }

    [Fact]
    public async Task DeactivateOnIdle_deactivates_after_the_current_call_and_the_next_call_gets_a_new_activation()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ILifecycleGrain>("d");
        var first = await grain.GetInstanceAsync();

        await grain.DeactivateAfterThisCallAsync();
        await Eventually.HoldsAsync(() => silo.Diagnostics.ActivationCount == 0, "the activation is gone");

        Assert.Equal([DeactivationReasonCode.ApplicationRequested], silo.Probe.DeactivationsOf("d"));
        Assert.NotEqual(first, await grain.GetInstanceAsync());
        Assert.Equal(2, silo.Probe.ActivationsOf("d"));
    }

    [Fact]
    public async Task A_call_arriving_during_deactivation_waits_and_goes_to_a_new_activation()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ILifecycleGrain>("slow");
        var first = await grain.GetInstanceAsync();
        var deactivationGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        silo.Probe.DeactivationGate = deactivationGate;

        await grain.DeactivateAfterThisCallAsync();
        var during = grain.GetInstanceAsync();
        await Task.Delay(30);
        Assert.False(during.IsCompleted);
        Assert.Equal(1, silo.Diagnostics.ActivationCount);

        silo.Probe.DeactivationGate = null;
        deactivationGate.SetResult();
        Assert.NotEqual(first, await during);
        var events = silo.Probe.Lifecycle.Select(e => e.Event).ToArray();
        Assert.Equal(["activated", "deactivated", "activated"], events);
    }

    [Fact]
    public async Task An_idle_activation_is_collected_and_the_next_call_reactivates_it_with_its_stored_state()
    {
        await using var silo = await TestSilo.StartAsync(options =>
        {
            options.CollectionAge = TimeSpan.FromMilliseconds(150);
            options.CollectionQuantum = TimeSpan.FromMilliseconds(25);
        });
        var company = silo.Grains.GetGrain<ICompanyGrain>("acme");
        await company.SetAsync(new CompanyProfile("Acme", "Torino"));

        await Eventually.HoldsAsync(() => silo.Diagnostics.ActivationCount == 0, "the idle activation is collected");

        Assert.Equal([DeactivationReasonCode.ActivationIdle], silo.Probe.DeactivationsOf("acme"));
        Assert.Equal(new CompanyProfile("Acme", "Torino"), await company.GetAsync());
        Assert.Equal(2, silo.Probe.ActivationsOf("acme"));
    }

    [Fact]
    public async Task An_activation_in_use_is_not_collected()
    {
        await using var silo = await TestSilo.StartAsync(options =>
        {
            options.CollectionAge = TimeSpan.FromMilliseconds(400);
            options.CollectionQuantum = TimeSpan.FromMilliseconds(20);
        });
        var counter = silo.Grains.GetGrain<ICounterGrain>("busy");

        // Twice the collection age in all, with gaps far shorter than it.
        for (var i = 0; i < 40; i++)
        {
            await counter.IncrementAsync();
            await Task.Delay(20);
        }

        Assert.Equal(1, silo.Probe.ActivationsOf("busy"));
        Assert.Equal(40, await counter.GetAsync());
    }
}
