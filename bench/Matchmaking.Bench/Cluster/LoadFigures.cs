using System.Globalization;
using Matchmaking.Bench.Scale;
using Matchmaking.Testing.Cluster;

namespace Matchmaking.Bench.Cluster;

/// <summary>What a load run's records say: answered requests per second and their latency, per operation, and the rest.</summary>
public static class LoadFigures
{
    /// <summary>Answered requests a second over the run's records.</summary>
    public static double PerSecond(IReadOnlyList<RequestRecord> records, TimeSpan duration) =>
        records.Count(r => r.Outcome == Outcome.Success) / duration.TotalSeconds;

    /// <summary>A line per operation: answered/s, p50, p99 (answered requests only); then what was not answered.</summary>
    public static IEnumerable<string> Lines(IReadOnlyList<RequestRecord> records, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var operation in records.GroupBy(r => r.Operation).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var answered = operation.Where(r => r.Outcome == Outcome.Success).Select(r => r.Took.TotalMilliseconds).ToList();
            var latency = Latency.Of(answered);
            yield return string.Create(CultureInfo.InvariantCulture,
                $"  {operation.Key,-12} {answered.Count / duration.TotalSeconds,8:N0}/s  p50 {latency.P50,7:N2} ms  p99 {latency.P99,8:N2} ms  ({answered.Count:N0} answered)");
        }

        var failed = records.Where(r => r.Outcome != Outcome.Success).ToList();
        yield return failed.Count == 0 ? "  errors: none" : $"  errors: {RequestLog.Summary(failed)}";
    }
}
