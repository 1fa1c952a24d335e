using Matchmaking.Runtime.Tests.Grains;
using Matchmaking.Runtime.Tests.Infrastructure;

namespace Matchmaking.Runtime.Tests;

public sealed class CallFailureTests
{
    [Fact]
    public async Task An_exception_from_a_grain_method_reaches_the_caller_unchanged_and_the_grain_keeps_working()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IFaultyGrain>("f");
        Assert.Equal(1, await grain.PingAsync());

        var thrown = await Assert.ThrowsAsync<GrainFailureException>(() => grain.ThrowAsync("boom"));

        Assert.Same(silo.Probe.LastThrown, thrown);
        Assert.Equal("boom", thrown.Message);
        Assert.Equal(2, await grain.PingAsync());
        Assert.Equal(1, silo.Probe.ActivationsOf("f"));
    }

    [Fact]
    public async Task An_exception_thrown_before_a_task_is_returned_faults_the_call_and_nothing_else()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IFaultyGrain>("sync");

        var call = grain.ThrowSynchronouslyAsync();
        await Assert.ThrowsAsync<ArgumentException>(async () => await call);

        Assert.Equal(1, await grain.PingAsync());
        Assert.Equal(1, silo.Probe.ActivationsOf("sync"));
    }

    [Theory]
    [InlineData("constructor")]
    [InlineData("activate")]
    [InlineData("storage")]
    public async Task A_failed_activation_fails_the_call_and_the_next_call_activates_afresh(string where)
    {
        await using var silo = await TestSilo.StartAsync();
        if (where == "storage")
        {
            silo.Storage.FailingReads["k"] = 1;
        }
        else
        {
            silo.Probe.Failures[$"{where}:k"] = 1;
        }

        var grain = silo.Grains.GetGrain<IFlakyGrain>("k");

        var failure = await Record.ExceptionAsync(() => grain.PingAsync());
        Assert.True(failure is GrainFailureException or IOException, $"unexpected {failure}");
        Assert.Equal(0, silo.Diagnostics.ActivationCount);
        Assert.Equal(1, await grain.PingAsync());
        Assert.Equal(2, await grain.PingAsync());
        Assert.Equal(1, silo.Probe.ActivationsOf("k"));
    }

    [Fact]
    public async Task Calls_queued_behind_a_failing_activation_go_to_a_fresh_activation()
    {
        await using var silo = await TestSilo.StartAsync();
        silo.Probe.Failures["activate:q"] = 1;
        var grain = silo.Grains.GetGrain<IFlakyGrain>("q");

        var calls = Enumerable.Range(0, 10).Select(_ => Record.ExceptionAsync(() => grain.PingAsync())).ToArray();
        var failures = await Task.WhenAll(calls);

        Assert.IsType<GrainFailureException>(failures[0]);
        Assert.All(failures.Skip(1), Assert.Null);
        Assert.Equal(10, await grain.PingAsync());
        Assert.Equal(1, silo.Probe.ActivationsOf("q"));
    }
}
