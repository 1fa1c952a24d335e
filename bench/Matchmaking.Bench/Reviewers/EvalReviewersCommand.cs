using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Matchmaking.Embeddings;

namespace Matchmaking.Bench.Reviewers;

/// <summary>
/// <c>eval-reviewers --data DIR [--json] [--predictions OUT] [--sets d_20_1,d_20_2] [--max-tokens N]</c>: the loss of
/// each system on the reviewer–paper expertise gold standard, per set and as the mean, beside the published systems;
/// with <c>--predictions</c>, each system's similarities in the set's format, one file per set
/// (<c>OUT/SYSTEM/d_20_N.json</c>: <c>{participant: {paper: similarity}}</c>); with <c>--vectors FILE</c>, the papers'
/// vectors are kept in that file between runs (only papers not in it are embedded); <c>--experiments</c> adds the
/// variants tried (other passage counts, the engine the other way round, single factors).
/// </summary>
public static class EvalReviewersCommand
{
    public const string Usage = "usage: eval-reviewers --data DIR [--json] [--predictions OUT] [--sets d_20_1,d_20_2] [--max-tokens N] [--vectors FILE] [--int8] [--experiments]";

    /// <summary>Losses as published (mean of the ten sets, title + abstract; recomputed by the set's README).</summary>
    public static IReadOnlyList<(string System, double Loss)> Published { get; } =
    [
        ("ELMo", 0.345), ("ACL", 0.296), ("TPMS", 0.281), ("Specter", 0.269), ("Specter+MFR", 0.238), ("Specter2", 0.22),
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var data = Arguments.Text(args, "--data", string.Empty);
        if (data.Length == 0 || !Directory.Exists(data))
        {
            await output.WriteLineAsync(data.Length == 0 ? $"error: --data is required\n{Usage}" : $"error: {data} is not a folder");
            return 2;
        }

        IReadOnlyList<Participant> participants;
        IReadOnlyList<ReviewerSet> sets;
        try
        {
            participants = ReviewerDatasetLoader.ReadRatings(data);
            var wanted = Arguments.Text(args, "--sets", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var names = ReviewerDatasetLoader.SetNames(data).Where(n => wanted.Length == 0 || wanted.Contains(n)).ToArray();
            if (names.Length == 0)
            {
                await output.WriteLineAsync($"error: no set (a folder with submissions.json) {(wanted.Length == 0 ? "in " + data : "named " + string.Join(", ", wanted))}");
                return 2;
            }

            sets = [.. names.Select(n => ReviewerDatasetLoader.ReadSet(data, n))];
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"error: {e.Message}");
            return 2;
        }

        var maxTokens = Arguments.Int(args, "--max-tokens", MiniLmModel.MaxTokens);
        var int8 = args.Contains("--int8");
        using var embedder = new SentenceEmbedder(new SentenceEmbedderOptions { MaxTokens = maxTokens, Quantized = int8 });
        var vectors = new PaperVectors(new LocalEmbeddingGenerator(embedder));
        var cache = Arguments.Text(args, "--vectors", string.Empty);
        var label = $"{MiniLmModel.Name}/{maxTokens}{(int8 ? "/int8" : string.Empty)}";
        var cached = cache.Length > 0 ? vectors.Load(cache, label) : 0;
        foreach (var set in sets)
        {
            await vectors.AddAsync(set.Submissions.Values.Concat(set.Archives.Values.SelectMany(a => a)));
        }

        if (cache.Length > 0 && vectors.Count > cached)
        {
            vectors.Save(cache, label);
        }

        var systems = ReviewerSystems.Default(vectors);
        if (args.Contains("--experiments"))
        {
            systems = [.. systems, .. ReviewerSystems.Experiments(vectors)];
        }

        var predictionsFolder = Arguments.Text(args, "--predictions", string.Empty);
        var report = new ReviewerReport([.. sets.Select(s => s.Name)], vectors.Count - cached, vectors.EmbeddingTime, maxTokens);
        foreach (var system in systems)
        {
            var started = Stopwatch.GetTimestamp();
            foreach (var set in sets)
            {
                var predictions = system.Score(set, participants);
                report.Add(system.Name, set.Name, ReviewerLoss.Of(participants, predictions.Of));
                if (predictionsFolder.Length > 0)
                {
                    var folder = Directory.CreateDirectory(Path.Combine(predictionsFolder, system.Name)).FullName;
                    await File.WriteAllTextAsync(Path.Combine(folder, set.Name + ".json"), JsonSerializer.Serialize(predictions));
                }
            }

            report.Timed(system.Name, Stopwatch.GetElapsedTime(started));
        }

        await output.WriteLineAsync(args.Contains("--json") ? report.ToJson() : report.ToTable());
        return 0;
    }

    internal static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
