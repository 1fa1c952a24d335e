using System.Text;

namespace Matchmaking.Bench.Evaluation;

/// <summary>Writes an <see cref="EvaluationReport"/> as a plain-text table for people.</summary>
public static class ReportTable
{
    /// <summary>The report as text: header lines, one table for all queries, one per kind of organisation; in entity mode the same for new partners.</summary>
    public static string Format(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = report.Counts;
        var text = new StringBuilder();
        Line(text, $"dataset {report.Dataset}   mode {ReportJson.ModeName(report.Mode)}   seed {report.Seed}"
            + (report.LimitProjects is { } limit ? $"   limit-projects {limit}" : string.Empty));
        Line(text, $"projects {c.ProjectsEvaluated} evaluated of {c.Projects} ({c.ProjectsSkipped} skipped)   queries {c.Queries}   "
            + $"candidates/query {c.MeanCandidates:F0} (min {c.MinCandidates}, max {c.MaxCandidates})   relevant/query {c.MeanRelevant:F2}");
        Line(text, report.ExcludedHubs.Count == 0
            ? "excluded hubs: none"
            : "excluded hubs: " + string.Join("; ", report.ExcludedHubs.Select(h => $"{h.Name} ({h.Id}, {h.Projects} projects)")));
        Table(text, "all organisations", c.Queries, report.Systems);
        foreach (var kind in report.ByKind)
        {
            Table(text, kind.Kind, kind.Queries, kind.Systems);
        }

        if (report.NewPartners is { } newPartners)
        {
            Line(text, string.Empty);
            Line(text, $"new partners: relevant = held-out partners the asker never worked with ({newPartners.MeanRelevant:F2}/query); "
                + "its known partners are left out of the ranking");
            Table(text, "new partners, all organisations", newPartners.Queries, newPartners.Systems);
            foreach (var kind in newPartners.ByKind)
            {
                Table(text, "new partners, " + kind.Kind, kind.Queries, kind.Systems);
            }
        }

        var t = report.Timings;
        Line(text, string.Empty);
        Line(text, $"wall time: load {t.LoadMs:F0} ms, index {t.IndexMs:F0} ms, evaluate {t.EvaluateMs:F0} ms, total {t.TotalMs:F0} ms "
            + $"({t.Workers} workers; in systems: {string.Join(", ", t.SystemMs.Select(kv => $"{kv.Key} {kv.Value:F0} ms"))})");
        return text.ToString();
    }

    private static void Table(StringBuilder text, string title, int queries, IReadOnlyList<SystemMetrics> systems)
    {
        Line(text, string.Empty);
        Line(text, $"{title} ({queries} queries)");
        Line(text, $"  {"system",-18}{"recall@10",10}{"recall@20",10}{"ndcg@10",10}{"mrr",10}");
        foreach (var system in systems)
        {
            var m = system.Metrics;
            Line(text, $"  {system.Name,-18}{m.RecallAt10,10:F4}{m.RecallAt20,10:F4}{m.NdcgAt10,10:F4}{m.Mrr,10:F4}");
        }
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
