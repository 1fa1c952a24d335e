using System.Numerics.Tensors;
using Matchmaking.Embeddings;
using Microsoft.Extensions.AI;

namespace Matchmaking.Embeddings.Tests;

public sealed class LocalEmbeddingGeneratorTests(ModelFixture model) : IClassFixture<ModelFixture>
{
    [Fact]
    public async Task Vectors_come_back_in_the_order_the_texts_were_given_whatever_their_lengths()
    {
        string[] texts =
        [
            "A very long description of a foundry casting brass valves for the water networks of the province, with its furnaces and its moulds.",
            "Blockchain.",
            "Machine vision inspects welds.",
        ];
        IEmbeddingGenerator<string, Embedding<float>> generator = new LocalEmbeddingGenerator(model.Embedder, batchSize: 2);

        var embeddings = await generator.GenerateAsync(texts);

        Assert.Equal(texts.Length, embeddings.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.True(TensorPrimitives.Dot(model.Embedder.Embed(texts[i]), embeddings[i].Vector.Span) > 0.9999f, $"text {i}");
            Assert.Equal(MiniLmModel.Name, embeddings[i].ModelId);
        }
    }

    [Fact]
    public void The_generator_names_its_model_and_dimensions()
    {
        IEmbeddingGenerator<string, Embedding<float>> generator = new LocalEmbeddingGenerator(model.Embedder);

        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal(MiniLmModel.Name, metadata.DefaultModelId);
        Assert.Equal(MiniLmModel.Dimensions, metadata.DefaultModelDimensions);
    }

    [Fact]
    public async Task A_cancelled_request_embeds_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var generator = new LocalEmbeddingGenerator(model.Embedder);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => generator.GenerateAsync(["text"], cancellationToken: cancelled.Token));
    }
}
