using System.Diagnostics;
using Matchmaking.Bench.Synthetic;
using Matchmaking.Matching.Index;
using Matchmaking.Matching.Text;

namespace Matchmaking.Bench.Scale;

/// <summary>
/// A <see cref="MatchIndex"/> of the first <c>size</c> synthetic actors, built the way a silo rebuilds it at start
/// (one <see cref="MatchIndex.Upsert"/> per profile, from as many threads as there are cores), with its cost.
/// </summary>
/// <param name="Elapsed">Wall-clock time of the build, generation of the profiles included.</param>
/// <param name="GenerationShare">The share of the threads' time spent generating profiles rather than in <c>Upsert</c>.</param>
/// <param name="HeapBytes">What the index itself holds: managed heap growth across the build, after a full collection
/// before and after, with the text analyzer's token cache emptied before and after.</param>
/// <param name="TokenCacheBytes">What the shared analyzer's token cache grew to during the build (bounded at 200,000
/// tokens whatever the number of profiles, and shared by every index of the process).</param>
/// <param name="WorkingSetBytes">The process's working set after the build (everything: runtime, code, heap).</param>
/// <param name="GcPause">Time the garbage collector paused the program during the build.</param>
/// <param name="Gen2Collections">Full collections during the build.</param>
public sealed record IndexBuild(MatchIndex Index, TimeSpan Elapsed, double GenerationShare, long HeapBytes, long TokenCacheBytes, long WorkingSetBytes, TimeSpan GcPause, int Gen2Collections)
{
    /// <summary>Builds the index of the first <paramref name="size"/> actors, logging progress every 100,000.</summary>
    public static IndexBuild Of(SyntheticEcosystem ecosystem, int size, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(ecosystem);
        TextAnalyzer.Default.ClearTokenCache();
        var before = FullCollection();
        var index = new MatchIndex();
        var pause = GC.GetTotalPauseDuration();
        var gen2 = GC.CollectionCount(2);
        long generating = 0;
        long upserting = 0;
        var indexed = 0;
        var clock = Stopwatch.StartNew();
        try
        {
            Parallel.For(0, size, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var start = Stopwatch.GetTimestamp();
                var profile = ecosystem.Actor(i).ToMatchProfile();
                var generated = Stopwatch.GetTimestamp();
                index.Upsert(profile);
                Interlocked.Add(ref generating, generated - start);
                Interlocked.Add(ref upserting, Stopwatch.GetTimestamp() - generated);
                if (Interlocked.Increment(ref indexed) % 100_000 == 0)
                {
                    log.WriteLine($"  {indexed:N0} indexed in {clock.Elapsed.TotalSeconds:F0} s, heap {GC.GetTotalMemory(false) >> 20:N0} MiB, GC paused {(GC.GetTotalPauseDuration() - pause).TotalSeconds:F0} s");
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Any(x => x is OutOfMemoryException))
        {
            throw new OutOfMemoryException($"The index ran out of memory after {indexed:N0} of {size:N0} profiles, {clock.Elapsed.TotalSeconds:F0} s into the build.", e);
        }

        clock.Stop();
        pause = GC.GetTotalPauseDuration() - pause;
        gen2 = GC.CollectionCount(2) - gen2;
        var withCache = FullCollection();
        TextAnalyzer.Default.ClearTokenCache();
        var after = FullCollection();
        using var process = Process.GetCurrentProcess();
        return new IndexBuild(index, clock.Elapsed, (double)generating / (generating + upserting), after - before, withCache - after, process.WorkingSet64, pause, gen2);
    }

    /// <summary>The heap after a full, compacting collection (so that garbage of the build is not counted).</summary>
    public static long FullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
