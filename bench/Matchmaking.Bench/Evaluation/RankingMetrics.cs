namespace Matchmaking.Bench.Evaluation;

/// <summary>Per-query ranking metrics with binary relevance.</summary>
public static class RankingMetrics
{
    /// <summary>Share of the relevant items found in the first <paramref name="k"/> of the ranking (0 when none is relevant).</summary>
    public static double RecallAt<T>(IReadOnlyList<T> ranking, IReadOnlySet<T> relevant, int k)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(relevant);
        if (relevant.Count == 0)
        {
            return 0;
        }

        var found = 0;
        for (var i = 0; i < Math.Min(k, ranking.Count); i++)
        {
            if (relevant.Contains(ranking[i]))
            {
                found++;
            }
        }

        return (double)found / relevant.Count;
    }

    /// <summary>
    /// nDCG@k with binary gains: Σ 1/log2(rank + 1) over relevant items in the first k, divided by the same sum for an
    /// ideal ranking (min(|relevant|, k) relevant items first).
    /// </summary>
    public static double NdcgAt<T>(IReadOnlyList<T> ranking, IReadOnlySet<T> relevant, int k)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(relevant);
        var ideal = 0.0;
        for (var rank = 1; rank <= Math.Min(relevant.Count, k); rank++)
        {
            ideal += 1 / Math.Log2(rank + 1);
        }

        if (ideal == 0)
        {
            return 0;
        }

        var gain = 0.0;
        for (var i = 0; i < Math.Min(k, ranking.Count); i++)
        {
            if (relevant.Contains(ranking[i]))
            {
                gain += 1 / Math.Log2(i + 2);
            }
        }

        return gain / ideal;
    }

    /// <summary>1 / rank of the first relevant item (ranks from 1), or 0 when no relevant item is ranked.</summary>
    public static double ReciprocalRank<T>(IReadOnlyList<T> ranking, IReadOnlySet<T> relevant)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(relevant);
        for (var i = 0; i < ranking.Count; i++)
        {
            if (relevant.Contains(ranking[i]))
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }
}
