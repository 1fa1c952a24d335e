using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Matchmaking.Bench.Evaluation;

/// <summary>Writes an <see cref="EvaluationReport"/> as the one JSON object of the eval command's contract.</summary>
public static class ReportJson
{
    /// <summary>
    /// The report as indented JSON: dataset, mode, systems, byKind, counts, excludedHubs, dataIssues, seed, timing, and in
    /// entity mode newPartners (queries, meanRelevant, systems, byKind of the new-partners split).
    /// </summary>
    public static string Format(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("dataset", report.Dataset);
            json.WriteString("mode", ModeName(report.Mode));
            json.WritePropertyName("systems");
            WriteSystems(json, report.Systems);
            json.WriteStartObject("byKind");
            foreach (var kind in report.ByKind)
            {
                json.WritePropertyName(kind.Kind);
                WriteSystems(json, kind.Systems);
            }

            json.WriteEndObject();
            WriteCounts(json, report);
            json.WriteStartArray("excludedHubs");
            foreach (var hub in report.ExcludedHubs)
            {
                json.WriteStartObject();
                json.WriteString("id", hub.Id);
                json.WriteString("name", hub.Name);
                json.WriteNumber("projects", hub.Projects);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("dataIssues");
            json.WriteNumber("duplicateParticipationsDropped", report.DataIssues.DuplicateParticipationsDropped);
            json.WriteNumber("participationsWithoutKnownProject", report.DataIssues.ParticipationsWithoutKnownProject);
            json.WriteNumber("activityTypesNormalised", report.DataIssues.ActivityTypesNormalised);
            json.WriteNumber("activityTypesUnknown", report.DataIssues.ActivityTypesUnknown);
            json.WriteEndObject();
            json.WriteNumber("seed", report.Seed);
            if (report.LimitProjects is { } limit)
            {
                json.WriteNumber("limitProjects", limit);
            }
            else
            {
                json.WriteNull("limitProjects");
            }

            WriteTimings(json, report.Timings);
            if (report.NewPartners is { } newPartners)
            {
                WriteNewPartners(json, newPartners);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>"brief", "entity" or "team".</summary>
    public static string ModeName(EvaluationMode mode) => mode switch
    {
        EvaluationMode.Entity => "entity",
        EvaluationMode.Team => "team",
        _ => "brief",
    };

    private static void WriteSystems(Utf8JsonWriter json, IReadOnlyList<SystemMetrics> systems)
    {
        json.WriteStartObject();
        foreach (var system in systems)
        {
            json.WriteStartObject(system.Name);
            json.WriteNumber("recall@10", Round(system.Metrics.RecallAt10));
            json.WriteNumber("recall@20", Round(system.Metrics.RecallAt20));
            json.WriteNumber("ndcg@10", Round(system.Metrics.NdcgAt10));
            json.WriteNumber("mrr", Round(system.Metrics.Mrr));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteNewPartners(Utf8JsonWriter json, NewPartnerSplit split)
    {
        json.WriteStartObject("newPartners");
        json.WriteNumber("queries", split.Queries);
        json.WriteNumber("meanRelevant", Math.Round(split.MeanRelevant, 2));
        json.WriteBoolean("knownPartnersRanked", false);
        json.WritePropertyName("systems");
        WriteSystems(json, split.Systems);
        json.WriteStartObject("byKind");
        foreach (var kind in split.ByKind)
        {
            json.WritePropertyName(kind.Kind);
            WriteSystems(json, kind.Systems);
        }

        json.WriteEndObject();
        json.WriteStartObject("queriesByKind");
        foreach (var kind in split.ByKind)
        {
            json.WriteNumber(kind.Kind, kind.Queries);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, EvaluationReport report)
    {
        var counts = report.Counts;
        json.WriteStartObject("counts");
        json.WriteNumber("projects", counts.Projects);
        json.WriteNumber("projectsEvaluated", counts.ProjectsEvaluated);
        json.WriteNumber("projectsSkipped", counts.ProjectsSkipped);
        json.WriteNumber("organisations", counts.Organisations);
        json.WriteNumber("queries", counts.Queries);
        json.WriteStartObject("queriesByKind");
        foreach (var kind in report.ByKind)
        {
            json.WriteNumber(kind.Kind, kind.Queries);
        }

        json.WriteEndObject();
        json.WriteStartObject("candidates");
        json.WriteNumber("mean", Math.Round(counts.MeanCandidates, 1));
        json.WriteNumber("min", counts.MinCandidates);
        json.WriteNumber("max", counts.MaxCandidates);
        json.WriteEndObject();
        json.WriteNumber("meanRelevant", Math.Round(counts.MeanRelevant, 2));
        json.WriteEndObject();
    }

    private static void WriteTimings(Utf8JsonWriter json, EvaluationTimings timings)
    {
        json.WriteStartObject("timing");
        json.WriteNumber("loadMs", Math.Round(timings.LoadMs));
        json.WriteNumber("indexMs", Math.Round(timings.IndexMs));
        json.WriteNumber("evaluateMs", Math.Round(timings.EvaluateMs));
        json.WriteNumber("totalMs", Math.Round(timings.TotalMs));
        json.WriteNumber("workers", timings.Workers);
        json.WriteStartObject("systemMs");
        foreach (var (name, ms) in timings.SystemMs)
        {
            json.WriteNumber(name, Math.Round(ms));
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static double Round(double value) => Math.Round(value, 4);
}
