using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Matchmaking.Bench.Evaluation;

/// <summary>The result of a team-mode evaluation.</summary>
/// <param name="Dataset">The set's name.</param>
/// <param name="Seed">The seed used.</param>
/// <param name="LimitProjects">The project sample size, or null for all projects.</param>
/// <param name="Projects">Projects in the set.</param>
/// <param name="ProjectsEvaluated">Held-out projects with at least one profiled participating company and research organisation.</param>
/// <param name="ProjectsSkipped">Selected projects without them.</param>
/// <param name="Organisations">Distinct organisations in the set.</param>
/// <param name="MeanCompanies">Mean profiled participating companies per evaluated project.</param>
/// <param name="MeanResearch">Mean profiled participating research organisations per evaluated project.</param>
/// <param name="ExcludedHubs">Organisations left out as hubs.</param>
/// <param name="Systems">Mean metrics per system, in registration order.</param>
/// <param name="EvaluateMs">Wall time of all folds.</param>
/// <param name="Workers">Threads over folds.</param>
/// <param name="SystemMs">Per system: Prepare and Propose, summed over threads.</param>
public sealed record TeamReport(
    string Dataset,
    int Seed,
    int? LimitProjects,
    int Projects,
    int ProjectsEvaluated,
    int ProjectsSkipped,
    int Organisations,
    double MeanCompanies,
    double MeanResearch,
    IReadOnlyList<HubOrganisation> ExcludedHubs,
    IReadOnlyList<TeamSystemMetrics> Systems,
    double EvaluateMs,
    int Workers,
    IReadOnlyList<KeyValuePair<string, double>> SystemMs)
{
    /// <summary>The report as the eval command's JSON object: dataset, mode "team", systems (hit@1, hit@5, hit@10, precision@5,
    /// company@5, research@5), counts, excludedHubs, seed, limitProjects, timing.</summary>
    public string ToJson(double totalMs)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("dataset", Dataset);
            json.WriteString("mode", "team");
            json.WriteStartObject("systems");
            foreach (var system in Systems)
            {
                json.WriteStartObject(system.Name);
                foreach (var (name, value) in system.Hits.Named())
                {
                    json.WriteNumber(name, Math.Round(value, 4));
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartObject("counts");
            json.WriteNumber("projects", Projects);
            json.WriteNumber("projectsEvaluated", ProjectsEvaluated);
            json.WriteNumber("projectsSkipped", ProjectsSkipped);
            json.WriteNumber("organisations", Organisations);
            json.WriteNumber("meanCompanies", Math.Round(MeanCompanies, 2));
            json.WriteNumber("meanResearch", Math.Round(MeanResearch, 2));
            json.WriteEndObject();
            json.WriteStartArray("excludedHubs");
            foreach (var hub in ExcludedHubs)
            {
                json.WriteStartObject();
                json.WriteString("id", hub.Id);
                json.WriteString("name", hub.Name);
                json.WriteNumber("projects", hub.Projects);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("seed", Seed);
            if (LimitProjects is { } limit)
            {
                json.WriteNumber("limitProjects", limit);
            }
            else
            {
                json.WriteNull("limitProjects");
            }

            json.WriteStartObject("timing");
            json.WriteNumber("evaluateMs", Math.Round(EvaluateMs));
            json.WriteNumber("totalMs", Math.Round(totalMs));
            json.WriteNumber("workers", Workers);
            json.WriteStartObject("systemMs");
            foreach (var (name, ms) in SystemMs)
            {
                json.WriteNumber(name, Math.Round(ms));
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The report as a plain-text table.</summary>
    public string ToTable(double totalMs)
    {
        var text = new StringBuilder();
        text.Append($"dataset {Dataset}   mode team   seed {Seed}{(LimitProjects is { } l ? $"   limit-projects {l}" : "")}\n");
        text.Append($"projects {ProjectsEvaluated} evaluated of {Projects} ({ProjectsSkipped} skipped: no profiled company or research participant)   "
            + $"participating companies/project {MeanCompanies:F2}, research {MeanResearch:F2}\n\n");
        text.Append($"  {"system",-12}");
        foreach (var (name, _) in Systems.FirstOrDefault()?.Hits.Named() ?? [])
        {
            text.Append($"{name,13}");
        }

        text.Append('\n');
        foreach (var system in Systems)
        {
            text.Append($"  {system.Name,-12}");
            foreach (var (_, value) in system.Hits.Named())
            {
                text.Append($"{value,13:F4}");
            }

            text.Append('\n');
        }

        text.Append($"\nwall time: evaluate {EvaluateMs:F0} ms, total {totalMs:F0} ms ({Workers} workers; in systems: "
            + $"{string.Join(", ", SystemMs.Select(kv => $"{kv.Key} {kv.Value:F0} ms"))})\n");
        return text.ToString();
    }
}

/// <summary>One system's mean team metrics.</summary>
public sealed record TeamSystemMetrics(string Name, TeamHits Hits);

/// <summary>The metrics under their report names.</summary>
public static class TeamHitsNames
{
    public static IEnumerable<(string Name, double Value)> Named(this TeamHits hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        return
        [
            ("hit@1", hits.HitAt1),
            ("hit@5", hits.HitAt5),
            ("hit@10", hits.HitAt10),
            ("precision@5", hits.PrecisionAt5),
            ("company@5", hits.CompanyAt5),
            ("research@5", hits.ResearchAt5),
        ];
    }
}
