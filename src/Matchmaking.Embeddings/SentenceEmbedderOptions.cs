namespace Matchmaking.Embeddings;

public sealed record SentenceEmbedderOptions
{
    /// <summary>Tokens read per text, special tokens included; longer texts are cut (the model's own limit is 256).</summary>
    public int MaxTokens { get; init; } = MiniLmModel.MaxTokens;

    /// <summary>
    /// Run the model's matrix products in int8 (quantized in-process at load, see <see cref="WeightQuantizer"/>)
    /// instead of float32.
    /// </summary>
    public bool Quantized { get; init; }

    /// <summary>Threads of one forward pass; 0 = one per core.</summary>
    public int Threads { get; init; }
}
