using System.Diagnostics;
using Matchmaking.Bench.Synthetic;
using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Text;

namespace Matchmaking.Bench.Scale;

/// <summary>
/// <c>build [--size 100000] [--rounds 3]</c>: how fast the match index is built from profiles already in memory (as
/// a silo's replica hands them over at start), split into the analysis of each profile's text (parallel, outside the
/// index's lock), the whole <see cref="MatchIndex.Upsert"/> from every core, and <see cref="MatchIndex.UpsertMany"/> (analysis
/// on every core feeding one indexing thread); profiles/s per round.
/// </summary>
public static class BuildCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        var size = Arguments.Int(args, "--size", 100_000);
        var rounds = Arguments.Int(args, "--rounds", 3);
        var ecosystem = new SyntheticEcosystem();
        var profiles = Enumerable.Range(0, size).AsParallel().AsOrdered().Select(i => ecosystem.Actor(i).ToMatchProfile()).ToArray();
        output.WriteLine($"build: {size:N0} synthetic profiles generated; {Environment.ProcessorCount} cores; {rounds} rounds (the first warms the analyzer's token cache)");
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        for (var round = 1; round <= rounds; round++)
        {
            TextAnalyzer.Default.ClearTokenCache();
            IndexBuild.FullCollection();
            var analysis = Time(() => Parallel.ForEach(profiles, parallel, p => ProfileAnalysis.Of(p, TextAnalyzer.Default, Matching.Themes.ThemeTaxonomy.Default)));
            var warmAnalysis = Time(() => Parallel.ForEach(profiles, parallel, p => ProfileAnalysis.Of(p, TextAnalyzer.Default, Matching.Themes.ThemeTaxonomy.Default)));
            IndexBuild.FullCollection();
            var index = new MatchIndex();
            var pause = GC.GetTotalPauseDuration();
            var build = Time(() => Parallel.ForEach(profiles, parallel, index.Upsert));
            pause = GC.GetTotalPauseDuration() - pause;
            var count = index.Count;
            index = null;
            IndexBuild.FullCollection();
            MatchIndex? bulkIndex = new MatchIndex();
            var before = IndexBuild.FullCollection();
            var processor = Process.GetCurrentProcess().TotalProcessorTime;
            var bulk = Time(() => bulkIndex.UpsertMany(profiles));
            processor = Process.GetCurrentProcess().TotalProcessorTime - processor;
            TextAnalyzer.Default.ClearTokenCache();
            var heap = IndexBuild.FullCollection() - before;
            var bulkCount = bulkIndex.Count;
            bulkIndex = null;
            output.WriteLine(
                $"round {round}: analysis {size / analysis.TotalSeconds:N0}/s (cold cache), {size / warmAnalysis.TotalSeconds:N0}/s (warm); " +
                $"index build {size / build.TotalSeconds:N0} profiles/s with Upsert from every core ({build.TotalSeconds:F2} s, GC paused {pause.TotalSeconds:F2} s), " +
                $"{size / bulk.TotalSeconds:N0} profiles/s with UpsertMany ({bulk.TotalSeconds:F2} s, {processor.TotalMilliseconds * 1000 / size:F1} µs of processor time per profile, index heap {heap / size:N0} B per profile); {count:N0} and {bulkCount:N0} indexed");
        }

        if (args.Contains("--phases"))
        {
            Phases(profiles, Arguments.Text(args, "--phase", ""), output);
        }

        return 0;
    }

    /// <summary>Where one thread's time goes, in µs per profile with a warm token cache: each step of the analysis alone, then the index's own insertion (only the steps whose name contains <paramref name="only"/>).</summary>
    private static void Phases(MatchProfile[] profiles, string only, TextWriter output)
    {
        var analyzer = TextAnalyzer.Default;
        var taxonomy = Matching.Themes.ThemeTaxonomy.Default;
        var supply = profiles.Select(p => string.Join(". ", [.. p.Offers, .. p.Keywords])).ToArray();
        var demand = profiles.Select(p => string.Join(". ", p.Needs)).ToArray();
        var description = profiles.Select(p => p.Description ?? "").ToArray();
        string[][] texts = [supply, demand, description];
        void Report(string name, Action action)
        {
            if (!name.Contains(only, StringComparison.Ordinal))
            {
                return;
            }

            action();
            var (gen0, gen1, gen2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var processor = Process.GetCurrentProcess().TotalProcessorTime;
            var elapsed = Time(action);
            processor = Process.GetCurrentProcess().TotalProcessorTime - processor;
            output.WriteLine(
                $"  {name,-44} {elapsed.TotalMilliseconds * 1000 / profiles.Length,7:F1} µs per profile ({processor.TotalMilliseconds * 1000 / profiles.Length,6:F1} µs of processor time); GC paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds * 1000 / profiles.Length,5:F1} µs, " +
                $"collections {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} (gen 0/1/2)");
        }

        output.WriteLine($"phases (one thread, warm cache; words per profile: {description.Average(d => d.Split(' ').Length):F0} in the description, {supply.Average(d => d.Split(' ').Length):F0} in offers and keywords, {demand.Average(d => d.Split(' ').Length):F0} in needs):");
        Report("terms of the three texts", () => { foreach (var t in texts) { foreach (var x in t) { analyzer.Terms(x); } } });
        Report("concepts of the three texts", () => { foreach (var t in texts) { foreach (var x in t) { Matching.Themes.ConceptLexicon.TermsIn(x).Count(); } } });
        Report("taxonomy themes of the three texts", () => { foreach (var t in texts) { foreach (var x in t) { taxonomy.FindInText(x); } } });
        Report("language of the description", () => { foreach (var x in description) { LanguageDetector.Detect(x); } });
        Report("whole analysis (ProfileAnalysis.Of)", () => { foreach (var p in profiles) { ProfileAnalysis.Of(p, analyzer, taxonomy); } });
        Report("analysis and insertion (Upsert, one thread)", () => { var index = new MatchIndex(); foreach (var p in profiles) { index.Upsert(p); } });
        var analyses = "insertion alone".Contains(only, StringComparison.Ordinal) ? profiles.AsParallel().AsOrdered().Select(p => ProfileAnalysis.Of(p, analyzer, taxonomy)).ToArray() : [];
        Report("insertion alone (analyses made before)", () => { var index = new MatchIndex(); for (var i = 0; i < profiles.Length; i++) { index.Upsert(profiles[i], analyses[i]); } });
    }

    private static TimeSpan Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }
}
