using Google.Protobuf;
using Onnx;

namespace Matchmaking.Embeddings;

/// <summary>
/// Dynamic int8 quantization of an ONNX model's matrix products, done in-process at load (no tool chain needed):
/// every <c>MatMul</c> by a constant float matrix becomes DynamicQuantizeLinear (the activations to uint8, per
/// call) → MatMulInteger (by the weights in int8, a scale per output column) → Cast → two Muls (the scales), the
/// pattern ONNX Runtime fuses into its integer kernels. Weights keep 7 bits (±63) so that the uint8 × int8 pair sums
/// of AVX2 kernels cannot saturate. Everything else is left as it is.
/// </summary>
internal static class WeightQuantizer
{
    private const int WeightRange = 63;

    public static byte[] Quantize(byte[] onnx, out int quantized)
    {
        var model = ModelProto.Parser.ParseFrom(onnx);
        var graph = model.Graph;
        var initializers = graph.Initializer.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var nodes = new List<NodeProto>(graph.Node.Count + 64);
        quantized = 0;
        foreach (var node in graph.Node)
        {
            if (node.OpType != "MatMul" || !initializers.TryGetValue(node.Input[1], out var weights)
                || weights.DataType != (int)TensorProto.Types.DataType.Float || weights.Dims.Count != 2)
            {
                nodes.Add(node);
                continue;
            }

            var prefix = $"{node.Name}_q{quantized++}";
            var (values, scales) = QuantizeColumns(weights);
            graph.Initializer.Add(Tensor($"{prefix}_w", TensorProto.Types.DataType.Int8, [weights.Dims[0], weights.Dims[1]], ByteString.CopyFrom((byte[])(Array)values)));
            graph.Initializer.Add(Tensor($"{prefix}_w_zero", TensorProto.Types.DataType.Int8, [], ByteString.CopyFrom(0)));
            graph.Initializer.Add(Tensor($"{prefix}_w_scale", TensorProto.Types.DataType.Float, [scales.Length], ByteString.CopyFrom(System.Runtime.InteropServices.MemoryMarshal.AsBytes(scales.AsSpan()))));
            nodes.Add(Node("DynamicQuantizeLinear", $"{prefix}_dq", [node.Input[0]], [$"{prefix}_a", $"{prefix}_a_scale", $"{prefix}_a_zero"]));
            nodes.Add(Node("MatMulInteger", $"{prefix}_mm", [$"{prefix}_a", $"{prefix}_w", $"{prefix}_a_zero", $"{prefix}_w_zero"], [$"{prefix}_int"]));
            var cast = Node("Cast", $"{prefix}_cast", [$"{prefix}_int"], [$"{prefix}_float"]);
            cast.Attribute.Add(new AttributeProto { Name = "to", Type = AttributeProto.Types.AttributeType.Int, I = (long)TensorProto.Types.DataType.Float });
            nodes.Add(cast);
            nodes.Add(Node("Mul", $"{prefix}_mul_a", [$"{prefix}_float", $"{prefix}_a_scale"], [$"{prefix}_scaled"]));
            nodes.Add(Node("Mul", $"{prefix}_mul_w", [$"{prefix}_scaled", $"{prefix}_w_scale"], [node.Output[0]]));
        }

        // Float weights no product reads any more are dropped (the products shrink to a quarter; the word-piece table stays float).
        var read = nodes.SelectMany(n => n.Input).ToHashSet(StringComparer.Ordinal);
        var unused = graph.Initializer.Where(i => !read.Contains(i.Name)).ToList();
        foreach (var initializer in unused)
        {
            graph.Initializer.Remove(initializer);
        }

        graph.Node.Clear();
        graph.Node.AddRange(nodes);
        return model.ToByteArray();
    }

    private static (sbyte[] Values, float[] Scales) QuantizeColumns(TensorProto weights)
    {
        var (rows, columns) = ((int)weights.Dims[0], (int)weights.Dims[1]);
        var floats = weights.RawData.Length > 0
            ? System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(weights.RawData.Span).ToArray()
            : [.. weights.FloatData];
        var scales = new float[columns];
        for (var c = 0; c < columns; c++)
        {
            var largest = 0f;
            for (var r = 0; r < rows; r++)
            {
                largest = Math.Max(largest, Math.Abs(floats[(r * columns) + c]));
            }

            scales[c] = largest > 0 ? largest / WeightRange : 1;
        }

        var values = new sbyte[floats.Length];
        for (var i = 0; i < floats.Length; i++)
        {
            values[i] = (sbyte)Math.Clamp(MathF.Round(floats[i] / scales[i % columns]), -WeightRange, WeightRange);
        }

        return (values, scales);
    }

    private static TensorProto Tensor(string name, TensorProto.Types.DataType type, long[] dims, ByteString raw)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)type, RawData = raw };
        tensor.Dims.AddRange(dims);
        return tensor;
    }

    private static NodeProto Node(string op, string name, string[] inputs, string[] outputs)
    {
        var node = new NodeProto { OpType = op, Name = name };
        node.Input.AddRange(inputs);
        node.Output.AddRange(outputs);
        return node;
    }
}
