using System.Diagnostics;
using System.Globalization;
using Matchmaking.Bench.Synthetic;

namespace Matchmaking.Bench.Scale;

/// <summary>
/// <c>scale [--sizes 10000,100000,1000000] [--queries 1000] [--http-size 10000] [--budget-seconds 90] [--min-queries 20]
/// [--experiment-queries 200] [--seed 42] [--json]</c>: for each size, the index's build time and memory,
/// in-process suggestion latency against a brute-force scan of every profile on the same queries, where the
/// time goes; then latency over HTTP at one size (0 skips it). Progress goes to stderr.
/// </summary>
public static class ScaleCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var sizes = Arguments.Text(args, "--sizes", "10000,100000,1000000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture))
            .ToArray();
        var queries = Arguments.Int(args, "--queries", 1_000);
        var httpSize = Arguments.Int(args, "--http-size", 10_000);
        var experimentQueries = Math.Min(queries, Arguments.Int(args, "--experiment-queries", 200));
        var seed = Arguments.Int(args, "--seed", 42);
        var budget = TimeSpan.FromSeconds(Arguments.Int(args, "--budget-seconds", 90));
        EngineLatency.MinimumQueries = Arguments.Int(args, "--min-queries", 20);
        var json = args.Contains("--json");
        var log = Console.Error;
        var ecosystem = new SyntheticEcosystem(seed);

        WarmUp(new SyntheticEcosystem(seed + 1));
        var results = new List<SizeResult>();
        var notes = new List<string>();
        foreach (var size in sizes)
        {
            try
            {
                results.Add(MeasureSize(ecosystem, size, ScaleQuery.Plan(size, queries, seed), experimentQueries, budget, log));
            }
            catch (Exception e) when (e is OutOfMemoryException || e.InnerException is OutOfMemoryException)
            {
                // Run with DOTNET_GCHeapHardLimit to get this instead of the kernel's OOM killer.
                IndexBuild.FullCollection();
                notes.Add($"{size:N0} profiles: out of memory ({GC.GetGCMemoryInfo().TotalAvailableMemoryBytes >> 30} GiB available to the heap): {e.Message}");
                log.WriteLine(notes[^1]);
            }
        }

        HttpLatency? http = null;
        if (httpSize > 0)
        {
            http = await HttpLatency.MeasureAsync(ecosystem, httpSize, ScaleQuery.Plan(httpSize, queries, seed), log);
        }

        var report = new ScaleReport(seed, queries, Environment.ProcessorCount, results, http, notes);
        if (json)
        {
            await output.WriteLineAsync(report.ToJson());
        }
        else
        {
            report.WriteTables(output);
        }

        return 0;
    }

    private static SizeResult MeasureSize(SyntheticEcosystem ecosystem, int size, IReadOnlyList<ScaleQuery> plan, int experimentQueries, TimeSpan budget, TextWriter log)
    {
        var (build, engine) = MeasureEngine(ecosystem, size, plan, experimentQueries, budget, log);
        IndexBuild.FullCollection(); // the index is gone: the scan gets the memory back

        log.WriteLine($"[{size:N0}] building the brute-force scan");
        var scan = BruteForceScan.Build(ecosystem, size);
        log.WriteLine($"[{size:N0}] scan built in {scan.BuildTime.TotalSeconds:F1} s; {scan.DistinctTerms:N0} distinct terms and phrases, {scan.SingleProfileTerms:P0} of them in one profile only");
        foreach (var query in plan.Take(5))
        {
            scan.Suggest(query); // warm-up
        }

        // The same queries as the engine answered (the scan costs O(size) each: it may stop earlier on the budget).
        var times = new List<double>(engine.Full.Calls);
        var clock = Stopwatch.StartNew();
        foreach (var query in plan.Take(engine.Full.Calls).TakeWhile((_, i) => i < EngineLatency.MinimumQueries || clock.Elapsed < budget))
        {
            var start = Stopwatch.GetTimestamp();
            scan.Suggest(query);
            times.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
        }

        // What the engine has to read, counted on the scan's copy of the profiles (not timed).
        var commonTermLimit = Math.Max(5_000, (int)(size * Matching.Scoring.MatchingWeights.Default.CommonTermShare));
        var reach = plan.Take(experimentQueries).Select(q => scan.Reach(q, commonTermLimit)).ToList();
        var result = new SizeResult(
            size,
            build.Elapsed.TotalSeconds,
            build.GenerationShare,
            build.GcPause.TotalSeconds,
            (double)build.HeapBytes / size,
            (double)build.TokenCacheBytes / size,
            build.WorkingSetBytes / 1024.0 / 1024.0,
            engine,
            scan.BuildTime.TotalSeconds,
            Latency.Of(times),
            reach.Count == 0 ? 0 : reach.Average(r => r.ThemeShare),
            reach.Count == 0 ? 0 : reach.Average(r => (double)r.Postings),
            scan.DistinctTerms,
            scan.SingleProfileTerms);
        log.WriteLine($"[{size:N0}] scan p50 {result.Scan.P50:F1} ms; theme lists reach {result.ThemeReachShare:P1}");
        return result;
    }

    private static (IndexBuild Build, EngineLatency Engine) MeasureEngine(SyntheticEcosystem ecosystem, int size, IReadOnlyList<ScaleQuery> plan, int experimentQueries, TimeSpan budget, TextWriter log)
    {
        log.WriteLine($"[{size:N0}] building the index");
        var build = IndexBuild.Of(ecosystem, size, log);
        log.WriteLine($"[{size:N0}] built in {build.Elapsed.TotalSeconds:F1} s ({build.GenerationShare:P0} of thread time generating profiles, GC pauses {build.GcPause.TotalSeconds:F1} s, {build.Gen2Collections} full GCs), {build.HeapBytes / (double)size:N0} B per profile (+ {build.TokenCacheBytes / (double)size:N0} B of the analyzer's token cache), working set {build.WorkingSetBytes >> 20:N0} MiB; {plan.Count} queries");
        var engine = EngineLatency.Measure(build.Index, ecosystem, plan, experimentQueries, budget);
        log.WriteLine($"[{size:N0}] engine p50 {engine.Full.P50:F2} ms, p99 {engine.Full.P99:F2} ms over {engine.Full.Calls} queries ({engine.CpuMillisecondsPerQuery:F2} ms of processor time each); GC paused {engine.GcPauseShare:P0} of that pass; {(engine.StealShare is { } steal ? $"{steal:P0} of the machine's processor time stolen by the host" : "steal unknown")}");
        return (build with { Index = null! }, engine);
    }

    /// <summary>JIT and the analyzer's token cache warmed on another ecosystem, so that the first size is not charged for them.</summary>
    private static void WarmUp(SyntheticEcosystem other)
    {
        var build = IndexBuild.Of(other, 5_000, TextWriter.Null);
        EngineLatency.Measure(build.Index, other, ScaleQuery.Plan(5_000, 50, 1), 10, TimeSpan.FromSeconds(10));
        BruteForceScan.Build(other, 2_000).Suggest(new ScaleQuery(1, null));
    }
}
