using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Matchmaking.Bench.Synthetic;
using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Bench.Scale;

/// <summary>
/// In-process suggestion latency, one query at a time on one thread, as one grain call would ask it: top 10,
/// diversified, with reasons quoting the profiles (from a lookup filled in a warm-up pass, as a grain would
/// read its state). Then, on a prefix of the same queries, variants that switch one stage off, to show where
/// the time goes; the share of the measured pass the garbage collector paused the program; and the processor
/// time per query (the whole process's, which runs one query at a time: on a busy machine it moves less than
/// the wall-clock time); and the share of the machine's processor time the host stole during the measured pass
/// (see <see cref="CpuSteal"/>; null where it cannot be read).
/// </summary>
public sealed record EngineLatency(
    Latency Full,
    double MeanSuggestions,
    Latency WithoutQuotes,
    Latency WithoutDiversity,
    Latency WithoutGraphFeedback,
    double GcPauseShare,
    double CpuMillisecondsPerQuery,
    double? StealShare)
{
    /// <param name="budget">Time allowed for the warm-up and the measured pass (a third of it for each variant); a pass stops
    /// early, after at least <see cref="MinimumQueries"/> queries, when it is spent.</param>
    /// <summary>The fewest queries a pass asks, whatever the budget.</summary>
    public static int MinimumQueries { get; set; } = 20;

    public static EngineLatency Measure(MatchIndex index, SyntheticEcosystem ecosystem, IReadOnlyList<ScaleQuery> queries, int experimentQueries, TimeSpan budget)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(ecosystem);
        ArgumentNullException.ThrowIfNull(queries);
        var profiles = new ConcurrentDictionary<string, MatchProfile>(StringComparer.Ordinal);
        MatchProfile? Quote(string key) => profiles.GetOrAdd(key, k => ecosystem.Actor(IndexOf(k)).ToMatchProfile());

        // Warm-up: JIT, the per-thread buffers, and the profiles the reasons will quote; the measured pass
        // asks the queries the warm-up reached, so that no profile is generated while the clock runs.
        var warm = Run(index, queries, Quote, MatchingWeights.Default, diversify: true, budget, out _);
        var asked = queries.Take(warm.Calls).ToList();
        var pause = GC.GetTotalPauseDuration();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var steal = CpuSteal.Read();
        var clock = Stopwatch.StartNew();
        var full = Run(index, asked, Quote, MatchingWeights.Default, diversify: true, budget, out var suggestions);
        var gcShare = (GC.GetTotalPauseDuration() - pause) / clock.Elapsed;
        var stealShare = CpuSteal.ShareBetween(steal, CpuSteal.Read());
        var cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / full.Calls;
        budget /= 3;

        var prefix = asked.Take(experimentQueries).ToList();
        var withoutQuotes = Run(index, prefix, null, MatchingWeights.Default, diversify: true, budget, out _);
        var withoutDiversity = Run(index, prefix, Quote, MatchingWeights.Default, diversify: false, budget, out _);
        var withoutFeedback = Run(index, prefix, Quote, MatchingWeights.Default with { GraphFeedbackDepth = 0 }, diversify: true, budget, out _);
        return new EngineLatency(full, (double)suggestions / full.Calls, withoutQuotes, withoutDiversity, withoutFeedback, gcShare, cpuPerQuery, stealShare);
    }

    /// <summary>The synthetic index of a key such as <c>company/company-12</c>.</summary>
    public static int IndexOf(string key) =>
        int.Parse(key.AsSpan(key.LastIndexOf('-') + 1), NumberStyles.None, CultureInfo.InvariantCulture);

    private static Latency Run(MatchIndex index, IReadOnlyList<ScaleQuery> queries, Func<string, MatchProfile?>? profiles, MatchingWeights weights, bool diversify, TimeSpan budget, out long suggestions)
    {
        var times = new List<double>(queries.Count);
        var clock = Stopwatch.StartNew();
        suggestions = 0;
        for (var i = 0; i < queries.Count && (i < MinimumQueries || clock.Elapsed < budget); i++)
        {
            var query = queries[i].ToQuery(profiles, diversify);
            var start = Stopwatch.GetTimestamp();
            var result = index.Suggest(query, weights);
            times.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
            suggestions += result.Count;
        }

        return Latency.Of(times);
    }
}
