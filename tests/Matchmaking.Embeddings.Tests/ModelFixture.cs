using Matchmaking.Embeddings;

namespace Matchmaking.Embeddings.Tests;

/// <summary>One real model session for the whole class (loading it takes about half a second).</summary>
public sealed class ModelFixture : IDisposable
{
    public SentenceEmbedder Embedder { get; } = new();

    public void Dispose() => Embedder.Dispose();
}
