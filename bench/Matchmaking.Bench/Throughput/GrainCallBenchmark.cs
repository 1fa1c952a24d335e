using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Concurrency;

namespace Matchmaking.Bench.Throughput;

/// <summary>A grain with nothing to do, to measure what a call through Orleans costs.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();

    [ReadOnly]
    Task<int> GetAsync();
}

public sealed class CounterGrain : Grain, ICounterGrain
{
    private int count;

    public Task<int> IncrementAsync() => Task.FromResult(++count);

    public Task<int> GetAsync() => Task.FromResult(count);
}

/// <summary>The same work without the runtime: the baseline of the same run.</summary>
public sealed class PlainCounter : ICounterGrain
{
    private int count;

    public Task<int> IncrementAsync() => Task.FromResult(++count);

    public Task<int> GetAsync() => Task.FromResult(count);
}

/// <summary>
/// Grain call overhead: awaited calls to one active grain against direct calls to a plain object
/// (same run), and many callers on many grains at once.
/// </summary>
public static class GrainCallBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var calls = Arguments.Int(args, "--calls", 1_000_000);
        // A real Orleans silo in this process (localhost clustering), called from outside any grain as the
        // co-hosted HTTP endpoints call it.
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo.UseLocalhostClustering(siloPort: 11_311, gatewayPort: 30_311));
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var grain = grains.GetGrain<ICounterGrain>("hot");
        await grain.IncrementAsync(); // activate

        await Sequential(new PlainCounter(), calls / 10); // warm up both paths
        await Sequential(grain, calls / 10);
        var direct = await Sequential(new PlainCounter(), calls);
        var viaRuntime = await Sequential(grain, calls);
        var readOnly = await Sequential(grain, calls, readOnly: true);
        var parallel = await Parallel(grains, calls, callers: 64, grainCount: 1_000);

        await output.WriteLineAsync($"grain-calls: {calls:N0} awaited calls each");
        await output.WriteLineAsync($"direct call (baseline)      {Describe(calls, direct)}");
        await output.WriteLineAsync($"grain call, one grain       {Describe(calls, viaRuntime)}  ({viaRuntime.TotalMilliseconds / direct.TotalMilliseconds:N1}x the baseline)");
        await output.WriteLineAsync($"[ReadOnly] call, one grain  {Describe(calls, readOnly)}");
        await output.WriteLineAsync($"64 callers on 1,000 grains  {Describe(calls, parallel)}");
        await host.StopAsync();
        return 0;
    }

    private static async Task<TimeSpan> Sequential(ICounterGrain target, int calls, bool readOnly = false)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            _ = readOnly ? await target.GetAsync() : await target.IncrementAsync();
        }

        return watch.Elapsed;
    }

    private static async Task<TimeSpan> Parallel(IGrainFactory grains, int calls, int callers, int grainCount)
    {
        var targets = Enumerable.Range(0, grainCount).Select(i => grains.GetGrain<ICounterGrain>($"g{i}")).ToArray();
        await Task.WhenAll(targets.Select(t => t.IncrementAsync()));
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            for (var i = c; i < calls; i += callers)
            {
                await targets[i % grainCount].IncrementAsync();
            }
        })));
        return watch.Elapsed;
    }

    private static string Describe(int calls, TimeSpan elapsed) =>
        $"{calls / elapsed.TotalSeconds,12:N0} calls/s {elapsed.TotalMilliseconds * 1000 / calls,8:N3} µs/call";
}
