namespace Matchmaking.Bench.Evaluation;

/// <summary>Running sums of per-query metrics; added in a fixed order so that results do not depend on threading.</summary>
public sealed class MetricSums
{
    private double _recall10;
    private double _recall20;
    private double _ndcg10;
    private double _reciprocalRank;

    /// <summary>The number of queries added.</summary>
    public int Queries { get; private set; }

    /// <summary>Scores one ranking against its relevant set and adds the result.</summary>
    public void Add<T>(IReadOnlyList<T> ranking, IReadOnlySet<T> relevant)
    {
        _recall10 += RankingMetrics.RecallAt(ranking, relevant, 10);
        _recall20 += RankingMetrics.RecallAt(ranking, relevant, 20);
        _ndcg10 += RankingMetrics.NdcgAt(ranking, relevant, 10);
        _reciprocalRank += RankingMetrics.ReciprocalRank(ranking, relevant);
        Queries++;
    }

    /// <summary>
    /// Adds one query from the 0-based ranks of its relevant organisations, ascending. The list must hold every relevant
    /// rank below <see cref="PrefixNeeded"/> and the first relevant rank if any is ranked; ranks beyond may be left out.
    /// </summary>
    public void AddRanks(IReadOnlyList<int> relevantRanks, int relevantCount)
    {
        ArgumentNullException.ThrowIfNull(relevantRanks);
        if (relevantCount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(relevantCount), "A query needs at least one relevant organisation.");
        }

        int in10 = 0, in20 = 0;
        var gain = 0.0;
        foreach (var rank in relevantRanks)
        {
            in10 += rank < 10 ? 1 : 0;
            in20 += rank < 20 ? 1 : 0;
            gain += rank < 10 ? 1 / Math.Log2(rank + 2) : 0;
        }

        var ideal = 0.0;
        for (var rank = 0; rank < Math.Min(relevantCount, 10); rank++)
        {
            ideal += 1 / Math.Log2(rank + 2);
        }

        _recall10 += (double)in10 / relevantCount;
        _recall20 += (double)in20 / relevantCount;
        _ndcg10 += gain / ideal;
        _reciprocalRank += relevantRanks.Count > 0 ? 1.0 / (relevantRanks[0] + 1) : 0;
        Queries++;
    }

    /// <summary>How deep a ranking must be read for <see cref="AddRanks"/>: every rank below this, then up to the first relevant.</summary>
    public const int PrefixNeeded = 20;

    /// <summary>Adds another set of sums.</summary>
    public void Add(MetricSums other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _recall10 += other._recall10;
        _recall20 += other._recall20;
        _ndcg10 += other._ndcg10;
        _reciprocalRank += other._reciprocalRank;
        Queries += other.Queries;
    }

    /// <summary>The means (all 0 without queries).</summary>
    public MetricSet Mean()
    {
        var n = Math.Max(Queries, 1);
        return new MetricSet(_recall10 / n, _recall20 / n, _ndcg10 / n, _reciprocalRank / n, Queries);
    }
}
