using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Tests.Evaluation;

public sealed class RankingMetricsTests
{
    private static readonly string[] Ranking = ["a", "b", "c", "d", "e"];
    private static readonly HashSet<string> Relevant = ["b", "d", "x"];

    [Fact]
    public void Recall_at_k_counts_relevant_items_in_the_first_k_over_all_relevant()
    {
        Assert.Equal(0.0, RankingMetrics.RecallAt(Ranking, Relevant, 1), 12);
        Assert.Equal(1.0 / 3, RankingMetrics.RecallAt(Ranking, Relevant, 2), 12);
        Assert.Equal(2.0 / 3, RankingMetrics.RecallAt(Ranking, Relevant, 5), 12);
        Assert.Equal(2.0 / 3, RankingMetrics.RecallAt(Ranking, Relevant, 20), 12);
    }

    [Fact]
    public void Ndcg_at_k_uses_binary_gains_and_the_ideal_ordering_of_all_relevant_items()
    {
        // DCG = 1/log2(3) + 1/log2(5); IDCG = 1 + 1/log2(3) + 1/log2(4) = 2.130930
        var expected = (0.6309297535714575 + 0.43067655807339306) / (1 + 0.6309297535714575 + 0.5);
        Assert.Equal(0.498189, expected, 6);
        Assert.Equal(expected, RankingMetrics.NdcgAt(Ranking, Relevant, 5), 12);
        Assert.Equal(1.0, RankingMetrics.NdcgAt(["b", "d", "a"], new HashSet<string> { "b", "d" }, 10), 12);
        Assert.Equal(0.0, RankingMetrics.NdcgAt(["a", "c"], new HashSet<string> { "b" }, 10), 12);
    }

    [Fact]
    public void Ndcg_at_k_ideal_is_capped_at_k_relevant_items()
    {
        // Three relevant, k = 2, both top places relevant: a perfect top 2.
        Assert.Equal(1.0, RankingMetrics.NdcgAt(["b", "d", "x"], Relevant, 2), 12);
    }

    [Fact]
    public void Reciprocal_rank_is_one_over_the_rank_of_the_first_relevant_item_or_zero()
    {
        Assert.Equal(0.5, RankingMetrics.ReciprocalRank(Ranking, Relevant), 12);
        Assert.Equal(1.0, RankingMetrics.ReciprocalRank(["d"], Relevant), 12);
        Assert.Equal(0.0, RankingMetrics.ReciprocalRank(["a", "c"], Relevant), 12);
    }

    [Fact]
    public void Sums_from_relevant_ranks_equal_the_metrics_of_the_full_ranking()
    {
        var ranking = Enumerable.Range(0, 60).ToArray();
        var relevant = new HashSet<int> { 3, 12, 19, 20, 41 };
        var fromList = new MetricSums();
        fromList.Add(ranking, relevant);
        fromList.Add(ranking, new HashSet<int> { 55 });
        var fromRanks = new MetricSums();
        fromRanks.AddRanks([3, 12, 19], relevant.Count);
        fromRanks.AddRanks([55], 1);

        Assert.Equal(fromList.Mean(), fromRanks.Mean());
        Assert.Equal(2, fromRanks.Mean().Queries);
        Assert.Equal((3.0 / 5 + 0) / 2, fromRanks.Mean().RecallAt20, 12);
        Assert.Equal(((1.0 / 4) + (1.0 / 56)) / 2, fromRanks.Mean().Mrr, 12);
    }
}
