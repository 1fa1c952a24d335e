using System.Diagnostics;
using Matchmaking.Testing.Cluster;

namespace Matchmaking.Bench.Cluster;

/// <summary>
/// Drives a <see cref="Workload"/> through a <see cref="LoadBalancer"/>: closed (a fixed number of callers, each
/// sending its next request when the last answered: the capacity) or open (requests started at a fixed rate
/// whatever the answers: a load below capacity, as users arrive).
/// </summary>
public static class LoadRun
{
    /// <summary>The most requests an open run keeps in flight; past it, a start waits (and the run reports it).</summary>
    private const int MaxInFlight = 512;

    public static async Task<IReadOnlyList<RequestRecord>> ClosedAsync(Workload workload, LoadBalancer balancer, Func<Random, Operation> pick, int callers, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(workload);
        var from = workload.Log.Now;
        using var stop = new CancellationTokenSource(duration);
        await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            var random = new Random(c);
            while (!stop.IsCancellationRequested)
            {
                await SendAsync(workload, balancer, pick(random), random);
            }
        })));
        return workload.Log.Between(from, workload.Log.Now);
    }

    /// <summary>
    /// Starts <paramref name="perSecond"/> requests a second for <paramref name="duration"/>; <paramref name="halfway"/>
    /// (if any) runs once half the time has passed, while the load goes on. Returns the records and how many starts
    /// had to wait for a free slot (a load beyond what the cluster absorbs).
    /// </summary>
    public static async Task<(IReadOnlyList<RequestRecord> Records, int Delayed)> OpenAsync(
        Workload workload, LoadBalancer balancer, Func<Random, Operation> pick, double perSecond, TimeSpan duration, Func<Task>? halfway = null)
    {
        ArgumentNullException.ThrowIfNull(workload);
        var from = workload.Log.Now;
        var random = new Random(7);
        using var slots = new SemaphoreSlim(MaxInFlight);
        var running = new List<Task>();
        var delayed = 0;
        var total = (int)(perSecond * duration.TotalSeconds);
        var clock = Stopwatch.StartNew();
        Task? middle = null;
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            if (halfway is not null && middle is null && clock.Elapsed >= duration / 2)
            {
                middle = Task.Run(halfway);
            }

            if (!slots.Wait(0))
            {
                delayed++;
                await slots.WaitAsync();
            }

            var operation = pick(random);
            var seed = random.Next();
            running.Add(Task.Run(async () =>
            {
                try
                {
                    await SendAsync(workload, balancer, operation, new Random(seed));
                }
                finally
                {
                    slots.Release();
                }
            }));
        }

        await Task.WhenAll(running);
        if (middle is not null)
        {
            await middle;
        }

        return (workload.Log.Between(from, workload.Log.Now), delayed);
    }

    /// <summary>The usual mix: a hub's traffic is mostly reads (lists 30%, suggestions 40%, briefs 15%) and some writes (15%).</summary>
    public static Operation Mixed(Random random) => random.Next(100) switch
    {
        < 30 => Operation.List,
        < 70 => Operation.Suggestions,
        < 85 => Operation.Brief,
        _ => Operation.Write,
    };

    private static async Task SendAsync(Workload workload, LoadBalancer balancer, Operation operation, Random random)
    {
        var answer = await workload.SendAsync(operation, balancer.Next(), random);
        if (answer.Record.Outcome == Outcome.ConnectionLost)
        {
            balancer.TakeOut(answer.Record.Silo);
        }
    }
}
