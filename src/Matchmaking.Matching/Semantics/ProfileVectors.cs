namespace Matchmaking.Matching.Semantics;

/// <summary>
/// What a profile means, as sentence embeddings computed when it was written: its text as a whole and, where it has
/// them, its past projects or publications one by one (passages). The engine compares them with a brief's vector or
/// an asker's, and never computes them itself.
/// </summary>
public sealed record ProfileVectors(QuantizedVector Whole, IReadOnlyList<QuantizedVector> Passages)
{
    /// <summary>How many of the closest passages are averaged: one close paper is an accident, three are a field.</summary>
    public const int ClosestPassages = 3;

    public ProfileVectors(QuantizedVector whole)
        : this(whole, [])
    {
    }

    /// <summary>
    /// How close the profile is in meaning to <paramref name="query"/>, in [0, 1]: the mean cosine of its
    /// <see cref="ClosestPassages"/> closest passages when it has passages, else the cosine of its whole text
    /// (negative cosines count as 0). Vectors of another model (other dimensions) are not comparable: 0.
    /// </summary>
    public double Similarity(QuantizedVector query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Dimensions != Whole.Dimensions)
        {
            return 0;
        }

        if (Passages.Count == 0)
        {
            return Math.Max(0, Whole.Dot(query));
        }

        Span<float> best = stackalloc float[ClosestPassages];
        best.Fill(float.NegativeInfinity);
        foreach (var passage in Passages)
        {
            var cosine = passage.Dimensions == query.Dimensions ? passage.Dot(query) : 0;
            for (var i = 0; i < best.Length; i++)
            {
                if (cosine > best[i])
                {
                    (cosine, best[i]) = (best[i], cosine);
                }
            }
        }

        var taken = Math.Min(ClosestPassages, Passages.Count);
        var sum = 0.0;
        for (var i = 0; i < taken; i++)
        {
            sum += best[i];
        }

        return Math.Max(0, sum / taken);
    }
}
