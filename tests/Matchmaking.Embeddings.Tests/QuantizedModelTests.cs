using System.Numerics.Tensors;
using Matchmaking.Embeddings;

namespace Matchmaking.Embeddings.Tests;

public sealed class QuantizedModelTests(ModelFixture model) : IClassFixture<ModelFixture>
{
    [Fact]
    public void The_int8_model_rewrites_every_constant_matrix_product_and_shrinks()
    {
        var onnx = MiniLmModel.ReadOnnx();

        var quantized = WeightQuantizer.Quantize(onnx, out var products);

        Assert.Equal(36, products); // six layers: query, key, value, output, and the two feed-forward products

        // The word-piece table (30,522 × 384 floats, read by Gather) stays float: only the products shrink.
        Assert.True(quantized.Length < onnx.Length * 0.7, $"{quantized.Length:N0} of {onnx.Length:N0} bytes");
    }

    [Fact]
    public void The_int8_model_means_what_the_float_model_means()
    {
        using var int8 = new SentenceEmbedder(new SentenceEmbedderOptions { Quantized = true });
        string[] texts =
        [
            "Vibration sensors on machine tools predict bearing failures before they stop the line.",
            "Predictive maintenance of industrial machines from accelerometer data.",
            "A dairy cooperative ripens cheese in caves for eighteen months.",
        ];

        var exact = model.Embedder.Embed(texts);
        var approximate = int8.Embed(texts);

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.True(TensorPrimitives.Dot(exact[i], approximate[i]) > 0.97f, $"text {i}: {TensorPrimitives.Dot(exact[i], approximate[i]):0.000}");
        }

        Assert.True(TensorPrimitives.Dot(approximate[0], approximate[1]) > TensorPrimitives.Dot(approximate[0], approximate[2]) + 0.2f);
    }
}
