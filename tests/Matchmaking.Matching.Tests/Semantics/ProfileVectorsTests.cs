using Matchmaking.Matching.Semantics;

namespace Matchmaking.Matching.Tests.Semantics;

public sealed class ProfileVectorsTests
{
    internal static QuantizedVector Unit(params float[] values)
    {
        var norm = MathF.Sqrt(values.Sum(v => v * v));
        return QuantizedVector.From([.. values.Select(v => v / norm)]);
    }

    [Fact]
    public void Without_passages_the_whole_texts_cosine_counts_and_an_opposite_meaning_counts_as_nothing()
    {
        var vectors = new ProfileVectors(Unit(1, 0, 0, 0));

        Assert.Equal(1, vectors.Similarity(Unit(1, 0, 0, 0)), 2);
        Assert.Equal(Math.Sqrt(0.5), vectors.Similarity(Unit(1, 1, 0, 0)), 2);
        Assert.Equal(0, vectors.Similarity(Unit(-1, 0, 0, 0)));
    }

    [Fact]
    public void With_passages_the_three_closest_are_averaged_and_the_whole_text_is_not_read()
    {
        var vectors = new ProfileVectors(Unit(0, 0, 0, 1), [Unit(1, 0, 0, 0), Unit(0, 1, 0, 0), Unit(1, 1, 0, 0), Unit(1, 0.2f, 0, 0), Unit(0, 0, 1, 0)]);
        var query = Unit(1, 0, 0, 0);

        // Closest three: 1, cos(1,0.2) = 0.981, cos(1,1) = 0.707.
        Assert.Equal((1 + (1 / Math.Sqrt(1.04)) + Math.Sqrt(0.5)) / 3, vectors.Similarity(query), 2);
    }

    [Fact]
    public void Fewer_passages_than_three_are_averaged_as_they_are()
    {
        var vectors = new ProfileVectors(Unit(0, 0, 0, 1), [Unit(1, 0, 0, 0), Unit(0, 1, 0, 0)]);

        Assert.Equal(0.5, vectors.Similarity(Unit(1, 0, 0, 0)), 2);
    }

    [Fact]
    public void Vectors_of_another_model_are_not_compared()
    {
        var vectors = new ProfileVectors(Unit(1, 0, 0, 0), [Unit(1, 0, 0, 0)]);

        Assert.Equal(0, vectors.Similarity(Unit(1, 0, 0)));
    }

    [Fact]
    public void A_quantized_vector_read_back_from_storage_is_the_same_vector()
    {
        var vector = Unit(0.3f, -0.5f, 0.8f, 0.1f);

        var stored = QuantizedVector.FromStored(vector.Values.ToArray(), vector.Scale);

        Assert.Equal(vector.Dot(vector), stored.Dot(vector));
        Assert.Equal(1, vector.Dot(vector), 2);
    }

    [Fact]
    public void The_byte_dot_product_matches_a_plain_loop_past_the_vector_width()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 2).Select(_ => Enumerable.Range(0, 384 + 7).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray()).ToArray();
        var (a, b) = (Unit(values[0]), Unit(values[1]));

        var expected = 0.0;
        for (var d = 0; d < a.Dimensions; d++)
        {
            expected += a.Values[d] * a.Scale * b.Values[d] * b.Scale;
        }

        Assert.Equal(expected, a.Dot(b), 4);
    }
}
