using System.Text;
using System.Text.Json;

namespace Matchmaking.Bench.Reviewers;

/// <summary>Losses by system and set, their means, and the published systems beside them.</summary>
public sealed class ReviewerReport(IReadOnlyList<string> sets, int papersEmbedded, TimeSpan embeddingTime, int maxTokens)
{
    private readonly Dictionary<string, Dictionary<string, double>> losses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeSpan> times = new(StringComparer.Ordinal);

    public void Add(string system, string set, double loss)
    {
        if (!losses.TryGetValue(system, out var bySet))
        {
            losses[system] = bySet = new Dictionary<string, double>(StringComparer.Ordinal);
        }

        bySet[set] = loss;
    }

    public void Timed(string system, TimeSpan time) => times[system] = time;

    public double Mean(string system) => losses[system].Values.Average();

    public string ToTable()
    {
        var text = new StringBuilder();
        text.AppendLine($"reviewer gold standard: loss (lower is better; 0.5 = constant) over {sets.Count} set(s); {papersEmbedded} papers embedded in {embeddingTime.TotalSeconds:0.0} s ({embeddingTime.TotalMilliseconds / Math.Max(1, papersEmbedded):0.0} ms each, ≤ {maxTokens} tokens)");
        text.AppendLine($"| system | {string.Join(" | ", sets)} | mean | seconds |");
        text.AppendLine($"|---|{string.Concat(sets.Select(_ => "---:|"))}---:|---:|");
        foreach (var (system, bySet) in losses)
        {
            text.AppendLine($"| {system} | {string.Join(" | ", sets.Select(s => EvalReviewersCommand.Format(bySet[s])))} | **{EvalReviewersCommand.Format(Mean(system))}** | {times.GetValueOrDefault(system).TotalSeconds:0.0} |");
        }

        text.AppendLine();
        text.AppendLine("published (mean of the ten sets): " + string.Join(", ", EvalReviewersCommand.Published.Select(p => $"{p.System} {EvalReviewersCommand.Format(p.Loss)}")));
        return text.ToString();
    }

    public string ToJson() => JsonSerializer.Serialize(new
    {
        sets,
        embedding = new { model = Embeddings.MiniLmModel.Name, maxTokens, papers = papersEmbedded, seconds = embeddingTime.TotalSeconds },
        systems = losses.Select(l => new { name = l.Key, losses = l.Value, mean = Mean(l.Key), seconds = times.GetValueOrDefault(l.Key).TotalSeconds }),
        published = EvalReviewersCommand.Published.Select(p => new { name = p.System, mean = p.Loss }),
    }, new JsonSerializerOptions { WriteIndented = true });
}
