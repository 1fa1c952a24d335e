using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matchmaking.Bench.Scale;

/// <summary>The scale benchmark's results, as tables for people and as one JSON object for scripts.</summary>
/// <param name="Notes">Sizes that could not be measured, and why (e.g. the index did not fit in memory).</param>
public sealed record ScaleReport(int Seed, int Queries, int Cores, IReadOnlyList<SizeResult> Sizes, HttpLatency? Http, IReadOnlyList<string> Notes)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Latency ratios between consecutive sizes, against their size ratio.</summary>
    public IReadOnlyList<Growth> Growths => Sizes.Zip(Sizes.Skip(1), (small, large) => new Growth(
        small.Size,
        large.Size,
        (double)large.Size / small.Size,
        large.Engine.Full.P50 / small.Engine.Full.P50,
        large.Engine.Full.P99 / small.Engine.Full.P99,
        large.Scan.P50 / small.Scan.P50,
        large.HeapBytesPerProfile / small.HeapBytesPerProfile)).ToList();

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public void WriteTables(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"scale: synthetic ecosystems (seed {Seed}), {Queries} queries per size (top 10, half with a target kind), {Cores} cores");
        output.WriteLine();
        output.WriteLine("| profiles | build | build rate | GC pauses in build | index heap per profile | + analyzer token cache | working set | engine p50 | engine p99 | engine mean | scan p50 | scan p99 | scan/engine p50 |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in Sizes)
        {
            output.WriteLine(Invariant($"| {s.Size:N0} | {s.BuildSeconds:F1} s | {s.ProfilesPerSecond:N0}/s | {s.BuildGcPauseSeconds:F1} s | {s.HeapBytesPerProfile:N0} B | {s.TokenCacheBytesPerProfile:N0} B | {s.WorkingSetMiB:N0} MiB | {s.Engine.Full.P50:F2} ms | {s.Engine.Full.P99:F2} ms | {s.Engine.Full.Mean:F2} ms | {s.Scan.P50:F1} ms | {s.Scan.P99:F1} ms | {s.ScanOverEngineP50:F1}× |"));
        }

        output.WriteLine();
        output.WriteLine("Where the time goes (p50 on a prefix of the same queries, one stage switched off each):");
        output.WriteLine();
        output.WriteLine("| profiles | full | GC pauses | CPU stolen by the host | without quoting profiles | without diversity | without graph feedback | theme lists reach | word postings read | distinct terms (in 1 profile) | suggestions per query | queries engine / scan |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in Sizes)
        {
            output.WriteLine(Invariant($"| {s.Size:N0} | {s.Engine.Full.P50:F2} ms | {s.Engine.GcPauseShare:P0} of the time | {(s.Engine.StealShare is { } steal ? $"{steal:P0}" : "unknown")} | {s.Engine.WithoutQuotes.P50:F2} ms | {s.Engine.WithoutDiversity.P50:F2} ms | {s.Engine.WithoutGraphFeedback.P50:F2} ms | {s.ThemeReachShare:P1} of profiles | {s.MeanWordPostings:N0} | {s.DistinctTerms:N0} ({s.SingleProfileTerms:P0}) | {s.Engine.MeanSuggestions:F1} | {s.Engine.Full.Calls} / {s.Scan.Calls} |"));
        }

        if (Growths.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Growth between sizes (1.0 = flat, the size ratio = linear):");
            output.WriteLine();
            output.WriteLine("| from → to | size × | engine p50 × | engine p99 × | scan p50 × | heap per profile × |");
            output.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var g in Growths)
            {
                output.WriteLine(Invariant($"| {g.From:N0} → {g.To:N0} | {g.SizeRatio:F0} | {g.EngineP50Ratio:F2} | {g.EngineP99Ratio:F2} | {g.ScanP50Ratio:F2} | {g.HeapPerProfileRatio:F2} |"));
            }
        }

        foreach (var note in Notes)
        {
            output.WriteLine();
            output.WriteLine(note);
        }

        if (Http is { } http)
        {
            output.WriteLine();
            output.WriteLine(http.Latency is { } latency
                ? Invariant($"HTTP at {http.Size:N0} profiles (import {http.ImportSeconds:F0} s): p50 {latency.P50:F2} ms, p99 {latency.P99:F2} ms, mean {latency.Mean:F2} ms over {latency.Calls} requests, {http.MeanSuggestions:F1} suggestions each; {http.Status}")
                : Invariant($"HTTP at {http.Size:N0} profiles: no figure: {http.Status}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>How latency and memory grew from one size to the next.</summary>
    public sealed record Growth(int From, int To, double SizeRatio, double EngineP50Ratio, double EngineP99Ratio, double ScanP50Ratio, double HeapPerProfileRatio);
}
