using System.Numerics.Tensors;
using Matchmaking.Embeddings;
using Matchmaking.Matching.Semantics;

namespace Matchmaking.Embeddings.Tests;

public sealed class SentenceEmbedderTests(ModelFixture model) : IClassFixture<ModelFixture>
{
    private const string Vibration = "Vibration sensors on machine tools predict bearing failures before they stop the line.";
    private const string Maintenance = "Predictive maintenance of industrial machines from accelerometer data.";
    private const string Cheese = "A dairy cooperative ripens cheese in caves for eighteen months.";

    [Fact]
    public void A_text_becomes_a_unit_vector_of_the_models_dimensions()
    {
        var vector = model.Embedder.Embed(Vibration);

        Assert.Equal(MiniLmModel.Dimensions, vector.Length);
        Assert.Equal(1f, TensorPrimitives.Norm(vector), 3);
    }

    [Fact]
    public void Texts_about_the_same_subject_are_closer_than_texts_about_different_ones()
    {
        var vectors = model.Embedder.Embed([Vibration, Maintenance, Cheese]);

        var related = TensorPrimitives.Dot(vectors[0], vectors[1]);
        var unrelated = TensorPrimitives.Dot(vectors[0], vectors[2]);

        Assert.True(related > unrelated + 0.2f, $"related {related:0.000}, unrelated {unrelated:0.000}");
    }

    [Fact]
    public void A_text_in_a_batch_of_longer_ones_gets_the_vector_it_gets_alone()
    {
        var alone = model.Embedder.Embed(Cheese);
        var batched = model.Embedder.Embed([string.Join(' ', Enumerable.Repeat(Maintenance, 5)), Cheese])[1];

        Assert.True(TensorPrimitives.Dot(alone, batched) > 0.9999f);
    }

    [Fact]
    public void A_text_longer_than_the_model_reads_is_cut_at_its_length_and_the_cut_text_is_what_counts()
    {
        var longText = string.Join(' ', Enumerable.Repeat(Vibration, 60));

        var tokens = model.Embedder.Tokens(longText);
        var whole = model.Embedder.Embed(longText);
        var withTail = model.Embedder.Embed(longText + " " + string.Join(' ', Enumerable.Repeat(Cheese, 20)));

        Assert.Equal(MiniLmModel.MaxTokens, tokens.Count);
        Assert.True(TensorPrimitives.Dot(whole, withTail) > 0.9999f);
    }

    [Fact]
    public void An_empty_text_is_embedded_like_any_other_and_an_empty_batch_gives_nothing()
    {
        Assert.Equal(MiniLmModel.Dimensions, model.Embedder.Embed(string.Empty).Length);
        Assert.Empty(model.Embedder.Embed(Array.Empty<string>()));
    }

    [Fact]
    public void The_same_text_gives_the_same_vector_every_time()
    {
        Assert.Equal(model.Embedder.Embed(Maintenance), model.Embedder.Embed(Maintenance));
    }

    [Fact]
    public void Quantized_vectors_keep_the_cosine_of_the_vectors_they_come_from()
    {
        var vectors = model.Embedder.Embed([Vibration, Maintenance, Cheese]);
        var quantized = vectors.Select(v => QuantizedVector.From(v)).ToArray();

        for (var a = 0; a < vectors.Length; a++)
        {
            for (var b = 0; b < vectors.Length; b++)
            {
                Assert.Equal(TensorPrimitives.Dot(vectors[a], vectors[b]), quantized[a].Dot(quantized[b]), 0.01f);
            }
        }
    }
}
