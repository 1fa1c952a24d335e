using System.Collections.Concurrent;
using System.Diagnostics;
using Matchmaking.Bench.Synthetic;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Bench.Scale;

/// <summary>
/// <c>stages [--size 100000] [--queries 1000] [--rounds 3]</c>: where a query's time goes, stage by stage, on the
/// synthetic index and the same queries as <c>scale</c> (one actor's top 10, diversified, with quoted reasons), one
/// query at a time after a warm-up pass. Each round is reported on its own, so that a disturbed round shows.
/// </summary>
public static class StagesCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var size = Arguments.Int(args, "--size", 100_000);
        var count = Arguments.Int(args, "--queries", 1_000);
        var rounds = Arguments.Int(args, "--rounds", 3);
        var ecosystem = new SyntheticEcosystem(42);
        var index = IndexBuild.Of(ecosystem, size, Console.Error).Index;
        var profiles = new ConcurrentDictionary<string, MatchProfile>(StringComparer.Ordinal);
        MatchProfile? Quote(string key) => profiles.GetOrAdd(key, k => ecosystem.Actor(EngineLatency.IndexOf(k)).ToMatchProfile());
        var plan = ScaleQuery.Plan(size, count, 42);
        Ask();
        var stages = Enum.GetValues<QueryStage>();
        QueryStageTimes? last = null;
        output.WriteLine($"| round | {string.Join(" | ", stages)} | total (ms per query) | CPU stolen by the host |");
        output.WriteLine($"|---|{string.Concat(stages.Select(_ => "---|"))}---|---|");
        for (var round = 1; round <= rounds; round++)
        {
            var times = QueryStageTimes.Record();
            var steal = CpuSteal.Read();
            var clock = Stopwatch.StartNew();
            Ask();
            QueryStageTimes.Stop();
            last = times;
            var cells = stages.Select(s => $"{times.MillisecondsPerQuery(s):F3}");
            var stolen = CpuSteal.ShareBetween(steal, CpuSteal.Read()) is { } share ? $"{share:P0}" : "unknown";
            output.WriteLine($"| {round} | {string.Join(" | ", cells)} | {clock.Elapsed.TotalMilliseconds / plan.Count:F3} | {stolen} |");
        }

        if (last is not null)
        {
            output.WriteLine();
            output.WriteLine($"Per query: {string.Join(", ", Enum.GetValues<QueryCount>().Select(c => $"{last.PerQuery(c):N0} {c.ToString().ToLowerInvariant()}"))}.");
        }

        return 0;

        void Ask()
        {
            foreach (var q in plan)
            {
                index.Suggest(q.ToQuery(Quote));
            }
        }
    }
}
