using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Matchmaking.Bench.Scale;
using Matchmaking.Bench.Synthetic;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Teams;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Bench.Teams;

/// <summary>
/// <c>teams [--sizes 10000,100000] [--queries 200] [--budget-seconds 60] [--seed 42] [--json]</c>: for each size, the
/// synthetic ecosystem indexed as <c>scale</c> builds it, then team formation timed one brief at a time on one thread:
/// five proposals for one theme (the taxonomy's themes in turn), a company and a research partner required, a startup
/// optional, teams of up to four, reasons and drafts written (quoting profiles from a lookup filled in a warm-up pass).
/// Progress goes to stderr.
/// </summary>
public static class TeamsCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var sizes = Arguments.Text(args, "--sizes", "10000,100000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture))
            .ToArray();
        var queries = Arguments.Int(args, "--queries", 200);
        var budget = TimeSpan.FromSeconds(Arguments.Int(args, "--budget-seconds", 60));
        var seed = Arguments.Int(args, "--seed", 42);
        var log = Console.Error;
        var ecosystem = new SyntheticEcosystem(seed);
        var results = new List<TeamsResult>();
        foreach (var size in sizes)
        {
            log.WriteLine($"[{size:N0}] building the index");
            var build = IndexBuild.Of(ecosystem, size, log);
            log.WriteLine($"[{size:N0}] built in {build.Elapsed.TotalSeconds:F1} s");
            results.Add(Measure(new TeamFormation(build.Index), ecosystem, size, queries, budget));
            log.WriteLine($"[{size:N0}] p50 {results[^1].Latency.P50:F2} ms, p99 {results[^1].Latency.P99:F2} ms over {results[^1].Latency.Calls} briefs");
            IndexBuild.FullCollection();
        }

        if (args.Contains("--json"))
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { seed, queries, cores = Environment.ProcessorCount, results }, new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            await output.WriteLineAsync("| profiles | briefs | p50 | p99 | mean | max | proposals per brief | members per team |");
            await output.WriteLineAsync("|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in results)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"| {r.Size:N0} | {r.Latency.Calls} | {r.Latency.P50:F2} ms | {r.Latency.P99:F2} ms | {r.Latency.Mean:F2} ms | {r.Latency.Max:F2} ms | {r.MeanProposals:F2} | {r.MeanMembers:F2} |"));
            }

            if (results.Count > 1)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Growth {results[0].Size:N0} → {results[^1].Size:N0}: p50 ×{results[^1].Latency.P50 / results[0].Latency.P50:F1}, p99 ×{results[^1].Latency.P99 / results[0].Latency.P99:F1}."));
            }
        }

        return 0;
    }

    private static TeamsResult Measure(TeamFormation formation, SyntheticEcosystem ecosystem, int size, int queries, TimeSpan budget)
    {
        var profiles = new ConcurrentDictionary<string, MatchProfile>(StringComparer.Ordinal);
        MatchProfile? Quote(string key) => profiles.GetOrAdd(key, k => ecosystem.Actor(EngineLatency.IndexOf(k)).ToMatchProfile());
        var themes = ThemeTaxonomy.Default.All;
        TeamBrief Brief(int i) => new()
        {
            Themes = [themes[i % themes.Count].Id],
            Top = 5,
            Now = SyntheticEcosystem.Now,
            Profiles = Quote,
        };

        // Warm-up: JIT and the profiles the reasons quote, so that none is generated while the clock runs.
        for (var i = 0; i < Math.Min(queries, themes.Count); i++)
        {
            formation.Propose(Brief(i));
        }

        var times = new List<double>(queries);
        long proposals = 0, members = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < queries && (i < EngineLatency.MinimumQueries || clock.Elapsed < budget); i++)
        {
            var brief = Brief(i);
            var start = Stopwatch.GetTimestamp();
            var result = formation.Propose(brief);
            times.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
            proposals += result.Count;
            members += result.Sum(p => p.Members.Count);
        }

        return new TeamsResult(size, Latency.Of(times), (double)proposals / times.Count, proposals == 0 ? 0 : (double)members / proposals);
    }
}

/// <summary>Team formation latency at one size, with what the briefs returned.</summary>
public sealed record TeamsResult(int Size, Latency Latency, double MeanProposals, double MeanMembers);
