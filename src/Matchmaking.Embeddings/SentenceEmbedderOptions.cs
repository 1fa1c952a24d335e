namespace Matchmaking.Embeddings;

public sealed record SentenceEmbedderOptions
{
    /// <summary>Tokens read per text, special tokens included; longer texts are cut (the model's own limit is 256).</summary>
    public int MaxTokens { get; init; } = MiniLmModel.MaxTokens;

    /// <summary>Threads of one forward pass; 0 = one per core.</summary>
    public int Threads { get; init; }
}
