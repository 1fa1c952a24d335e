using Microsoft.Extensions.AI;

namespace Matchmaking.Embeddings;

/// <summary>
/// The default embedding generator: the shipped all-MiniLM-L6-v2 model run locally (no network, no download).
/// Texts are embedded in batches of similar length and returned in the order given.
/// </summary>
public sealed class LocalEmbeddingGenerator(SentenceEmbedder embedder, int batchSize = 16) : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly EmbeddingGeneratorMetadata metadata = new("onnxruntime", defaultModelId: MiniLmModel.Name, defaultModelDimensions: MiniLmModel.Dimensions);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<GeneratedEmbeddings<Embedding<float>>>(cancellationToken);
        }

        var texts = values.ToArray();
        var vectors = new float[texts.Length][];
        var byLength = Enumerable.Range(0, texts.Length).OrderBy(i => texts[i]?.Length ?? 0).ToArray();
        foreach (var batch in byLength.Chunk(Math.Max(1, batchSize)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var embedded = embedder.Embed([.. batch.Select(i => texts[i] ?? string.Empty)]);
            for (var k = 0; k < batch.Length; k++)
            {
                vectors[batch[k]] = embedded[k];
            }
        }

        var now = DateTimeOffset.UtcNow;
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(
            vectors.Select(v => new Embedding<float>(v) { ModelId = MiniLmModel.Name, CreatedAt = now })));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? metadata
        : serviceType.IsInstanceOfType(this) ? this
        : serviceType.IsInstanceOfType(embedder) ? embedder
        : null;

    public void Dispose()
    {
        // The embedder is shared and owned by whoever created it.
    }
}
