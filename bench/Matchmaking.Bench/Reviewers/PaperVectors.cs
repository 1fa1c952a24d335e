using Matchmaking.Matching.Semantics;
using Microsoft.Extensions.AI;

namespace Matchmaking.Bench.Reviewers;

/// <summary>
/// Each paper embedded once for the whole run (the ten sets share most papers), kept as the index keeps vectors
/// (quantized to a byte per dimension).
/// </summary>
public sealed class PaperVectors(IEmbeddingGenerator<string, Embedding<float>> generator)
{
    private readonly Dictionary<string, QuantizedVector> vectors = new(StringComparer.Ordinal);

    public int Count => vectors.Count;

    public TimeSpan EmbeddingTime { get; private set; }

    public async Task AddAsync(IEnumerable<Paper> papers, CancellationToken cancellationToken = default)
    {
        var missing = papers.Where(p => !vectors.ContainsKey(p.Id)).DistinctBy(p => p.Id).ToArray();
        if (missing.Length == 0)
        {
            return;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var embeddings = await generator.GenerateAsync(missing.Select(p => p.Text), cancellationToken: cancellationToken);
        EmbeddingTime += System.Diagnostics.Stopwatch.GetElapsedTime(started);
        for (var i = 0; i < missing.Length; i++)
        {
            vectors[missing[i].Id] = QuantizedVector.From(embeddings[i].Vector.Span);
        }
    }

    public QuantizedVector this[string paperId] => vectors[paperId];

    /// <summary>The papers' mean direction at unit length: a profile's vector "as a whole".</summary>
    public QuantizedVector Centroid(IReadOnlyList<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var sum = new float[this[papers[0].Id].Dimensions];
        foreach (var paper in papers)
        {
            var vector = this[paper.Id];
            for (var d = 0; d < sum.Length; d++)
            {
                sum[d] += vector.Values[d] * vector.Scale;
            }
        }

        var norm = MathF.Sqrt(sum.Sum(v => v * v));
        return QuantizedVector.From(norm > 0 ? [.. sum.Select(v => v / norm)] : sum);
    }

    /// <summary>
    /// Reads vectors saved by <see cref="Save"/> under the same label (model and length), so that a rerun embeds only
    /// papers it has not seen; a file with another label is ignored.
    /// </summary>
    public int Load(string path, string label)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadString() != label)
        {
            return 0;
        }

        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var id = reader.ReadString();
            var scale = reader.ReadSingle();
            var values = new sbyte[reader.ReadInt32()];
            reader.Read(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
            vectors[id] = QuantizedVector.FromStored(values, scale);
        }

        return count;
    }

    public void Save(string path, string label)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(label);
        writer.Write(vectors.Count);
        foreach (var (id, vector) in vectors)
        {
            writer.Write(id);
            writer.Write(vector.Scale);
            writer.Write(vector.Dimensions);
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.Values));
        }
    }
}
