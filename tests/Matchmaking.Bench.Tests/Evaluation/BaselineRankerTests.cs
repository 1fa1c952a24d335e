using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Tests.Evaluation;

public sealed class BaselineRankerTests
{
    [Fact]
    public void Popularity_ranks_by_past_projects_without_the_held_out_one()
    {
        using var set = Corpora.Mixed();
        var corpus = set.Corpus();
        var fold = corpus.Fold(corpus.ProjectIndex("p8"));
        var ranker = new PopularityRanker(new RankerContext(corpus, EvaluationMode.Brief, 1));
        ranker.Prepare(fold);

        var ranking = ranker.Rank(new RankQuery(EvaluationMode.Brief, "anything", null), 100);

        // R1 is in p1, p5, p7 (and p8, held out): 3, as are R2 (p1, p2, p7) and R4 (p3, p4, p6); C1 in p1, p2: 2;
        // C8's only project is p8: absent.
        Assert.Equal(["R1", "R2", "R4"], ranking.Take(3).Select(r => r.Organisation.Id).Order());
        Assert.All(ranking.Take(3), r => Assert.Equal(3.0, r.Score));
        Assert.Equal(2.0, ranking.Single(r => r.Organisation.Id == "C1").Score);
        Assert.DoesNotContain(ranking, r => r.Organisation.Id == "C8");
        Assert.Equal(ranking.Select(r => r.Score).OrderDescending(), ranking.Select(r => r.Score));
    }

    [Fact]
    public void Co_participation_ranks_by_shared_past_projects_with_the_anchor_then_by_popularity()
    {
        using var set = Corpora.Mixed();
        var corpus = set.Corpus();
        var fold = corpus.Fold(corpus.ProjectIndex("p8"));
        var ranker = new CoParticipationRanker(new RankerContext(corpus, EvaluationMode.Entity, 1));
        ranker.Prepare(fold);
        var anchor = fold.ProfileOf("C1")!;

        var ranking = ranker.Rank(new RankQuery(EvaluationMode.Entity, anchor.Text, anchor), 100).Select(r => r.Organisation.Id).ToList();

        // C1 shared p1 with R1, R2, C5 and p2 with C2, R2 (p8 with C2, R1, R3 is held out): R2 twice, then the
        // once-partners by popularity: R1 (3 projects) before C2, C5 (2 each), then everybody else.
        Assert.Equal("R2", ranking[0]);
        Assert.Equal("R1", ranking[1]);
        Assert.Equal(["C2", "C5"], ranking.Skip(2).Take(2).Order());
        Assert.DoesNotContain("C1", ranking);
        Assert.Equal(fold.Candidates.Count - 1, ranking.Count);
    }

    [Fact]
    public void Random_is_the_same_for_the_same_seed_and_differs_for_another_seed_or_query()
    {
        using var set = Corpora.Mixed();
        var corpus = set.Corpus();
        var fold = corpus.Fold(corpus.ProjectIndex("p8"));
        List<string> Order(int seed, OrganisationProfile? anchor)
        {
            var ranker = new RandomRanker(new RankerContext(corpus, EvaluationMode.Entity, seed));
            ranker.Prepare(fold);
            return ranker.Rank(new RankQuery(EvaluationMode.Entity, string.Empty, anchor), 100).Select(r => r.Organisation.Id).ToList();
        }

        var anchor = fold.ProfileOf("C1");
        Assert.Equal(Order(5, anchor), Order(5, anchor));
        Assert.NotEqual(Order(5, anchor), Order(6, anchor));
        Assert.NotEqual(Order(5, anchor), Order(5, fold.ProfileOf("R1")).Where(id => id != "C1").Prepend("R1").ToList());
    }

    [Fact]
    public void A_ranking_read_after_the_next_rank_call_throws_instead_of_lying()
    {
        using var set = Corpora.Mixed();
        var corpus = set.Corpus();
        var ranker = new PopularityRanker(new RankerContext(corpus, EvaluationMode.Brief, 1));
        ranker.Prepare(corpus.Fold(0));
        var first = ranker.Rank(new RankQuery(EvaluationMode.Brief, "x", null), 100);
        _ = ranker.Rank(new RankQuery(EvaluationMode.Brief, "y", null), 100);

        Assert.Throws<InvalidOperationException>(() => first[0]);
    }
}
