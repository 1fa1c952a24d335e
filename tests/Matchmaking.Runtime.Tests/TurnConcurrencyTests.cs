using Matchmaking.Runtime.Tests.Grains;
using Matchmaking.Runtime.Tests.Infrastructure;

namespace Matchmaking.Runtime.Tests;

public sealed class TurnConcurrencyTests
{
    [Fact]
    public async Task A_thousand_concurrent_calls_run_one_at_a_time_in_a_single_activation()
    {
        await using var silo = await TestSilo.StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 1000)
            .Select(_ => Task.Run(() => silo.Grains.GetGrain<ICounterGrain>("hot").IncrementAsync())));

        Assert.Equal(Enumerable.Range(1, 1000), results.Order());
        Assert.Equal(1000, await silo.Grains.GetGrain<ICounterGrain>("hot").GetAsync());
        Assert.Equal(0, silo.Probe.Violations);
        Assert.Equal(1, silo.Probe.ActivationsOf("hot"));
        Assert.Equal(1, silo.Diagnostics.ActivationCount);
    }

    [Fact]
    public async Task Read_only_calls_overlap_each_other_but_never_a_writer()
    {
        await using var silo = await TestSilo.StartAsync();
        var counter = silo.Grains.GetGrain<ICounterGrain>("shared");

        var reads = Enumerable.Range(0, 4).Select(_ => counter.ReadTogetherAsync(4)).ToArray();
        var writes = Enumerable.Range(0, 20).Select(_ => counter.IncrementAsync()).ToArray();
        var moreReads = Enumerable.Range(0, 3).Select(_ => counter.ReadTogetherAsync(7)).ToArray();

        Assert.All(await Task.WhenAll(reads), overlapped => Assert.True(overlapped));
        await Task.WhenAll(writes);
        Assert.All(await Task.WhenAll(moreReads), overlapped => Assert.True(overlapped));
        Assert.Equal(4, silo.Probe.MaxReaders);
        Assert.Equal(0, silo.Probe.Violations);
        Assert.Equal(20, await counter.GetAsync());
    }

    [Fact]
    public async Task A_queued_writer_goes_before_readers_that_arrive_after_it()
    {
        await using var silo = await TestSilo.StartAsync();
        var counter = silo.Grains.GetGrain<ICounterGrain>("fair");
        await counter.GetAsync();

        var firstRead = counter.ReadUntilReleasedAsync("first read");
        await Eventually.HoldsAsync(() => silo.Probe.Log.Contains("first read"), "the first read is inside");
        var write = counter.WriteAsync("write");
        var laterRead = counter.ReadAsync("later read");
        silo.Probe.Gate.SetResult();
        await Task.WhenAll(firstRead, write, laterRead);

        Assert.Equal(["first read", "write", "later read"], silo.Probe.Log);
        Assert.Equal(0, silo.Probe.Violations);
    }

    [Fact]
    public async Task Calls_to_a_reentrant_grain_interleave()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IReentrantGateGrain>("r");

        var calls = Enumerable.Range(0, 5).Select(_ => grain.WaitAtGateAsync()).ToArray();
        await Eventually.HoldsAsync(() => silo.Probe.Inside == 5, "all five calls are inside at once");
        silo.Probe.Gate.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(1, silo.Diagnostics.ActivationCount);
    }

    [Fact]
    public async Task Calls_to_a_non_reentrant_grain_wait_for_the_one_inside()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IGateGrain>("single");

        var calls = Enumerable.Range(0, 3).Select(_ => grain.WaitAtGateAsync()).ToArray();
        await Eventually.HoldsAsync(() => silo.Probe.Inside == 1, "the first call is inside");
        await Task.Delay(50);
        Assert.Equal(1, silo.Probe.Inside);
        silo.Probe.Gate.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(1, silo.Probe.MaxInside);
    }

    [Fact]
    public async Task Different_keys_are_independent_activations_running_in_parallel()
    {
        await using var silo = await TestSilo.StartAsync();

        var calls = Enumerable.Range(0, 8).Select(i => silo.Grains.GetGrain<IGateGrain>($"key-{i}").WaitAtGateAsync()).ToArray();
        await Eventually.HoldsAsync(() => silo.Probe.Inside == 8, "one call per key is inside at once");
        silo.Probe.Gate.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(8, silo.Diagnostics.ActivationCount);
    }

    [Fact]
    public async Task A_grain_calls_another_grain_through_its_grain_factory()
    {
        await using var silo = await TestSilo.StartAsync();
        var relay = silo.Grains.GetGrain<IRelayGrain>("relay");

        Assert.Equal(1, await relay.IncrementCounterAsync("target"));
        Assert.Equal(2, await relay.IncrementCounterAsync("target"));
        Assert.Equal(2, await silo.Grains.GetGrain<ICounterGrain>("target").GetAsync());
        Assert.Equal(2, silo.Diagnostics.ActivationCount);
    }
}
