using System.Numerics.Tensors;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Matchmaking.Embeddings;

/// <summary>
/// Runs a BERT-style sentence encoder (all-MiniLM-L6-v2 by default) in-process with ONNX Runtime: WordPiece tokens,
/// truncated to the model's length, one forward pass per batch padded to its longest text, mean of the token states
/// under the attention mask, unit length. Thread-safe; one instance per process is enough.
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly string[] OutputNames = ["last_hidden_state"];
    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer;
    private readonly int maxTokens;

    public SentenceEmbedder(SentenceEmbedderOptions? options = null)
    {
        options ??= new SentenceEmbedderOptions();
        maxTokens = Math.Clamp(options.MaxTokens, 8, MiniLmModel.MaxTokens);
        using var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = options.Threads > 0 ? options.Threads : Environment.ProcessorCount,
            InterOpNumThreads = 1,
        };
        var onnx = MiniLmModel.ReadOnnx();
        session = new InferenceSession(options.Quantized ? WeightQuantizer.Quantize(onnx, out _) : onnx, sessionOptions);
        tokenizer = MiniLmModel.CreateTokenizer();
    }

    public int Dimensions => MiniLmModel.Dimensions;

    /// <summary>The token ids the model reads for a text ([CLS] … [SEP], at most the configured length).</summary>
    public IReadOnlyList<int> Tokens(string text) =>
        tokenizer.EncodeToIds(text ?? string.Empty, maxTokens, addSpecialTokens: true, out _, out _);

    public float[] Embed(string text) => Embed([text])[0];

    /// <summary>Embeds texts in one pass; callers batch texts of similar length (padding costs as much as text).</summary>
    public float[][] Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        var ids = texts.Select(Tokens).ToArray();
        var width = ids.Max(t => t.Count);
        var inputIds = new long[texts.Count * width];
        var mask = new long[inputIds.Length];
        var types = new long[inputIds.Length];
        for (var row = 0; row < ids.Length; row++)
        {
            for (var column = 0; column < ids[row].Count; column++)
            {
                inputIds[(row * width) + column] = ids[row][column];
                mask[(row * width) + column] = 1;
            }
        }

        long[] shape = [texts.Count, width];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(inputIds, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, InputNames, [idsValue, maskValue, typesValue], OutputNames);
        var states = outputs[0].GetTensorDataAsSpan<float>();
        var vectors = new float[ids.Length][];
        for (var row = 0; row < ids.Length; row++)
        {
            vectors[row] = MeanPool(states.Slice(row * width * Dimensions, ids[row].Count * Dimensions));
        }

        return vectors;
    }

    public void Dispose() => session.Dispose();

    /// <summary>The mean of a text's token states (its rows of the output, padding excluded), at unit length.</summary>
    private float[] MeanPool(ReadOnlySpan<float> tokenStates)
    {
        var vector = new float[Dimensions];
        for (var offset = 0; offset < tokenStates.Length; offset += Dimensions)
        {
            TensorPrimitives.Add(vector, tokenStates.Slice(offset, Dimensions), vector);
        }

        return VectorMath.Normalised(vector);
    }
}
