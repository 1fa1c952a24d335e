using Matchmaking.Bench.Evaluation;
using Matchmaking.Bench.Quality;

namespace Matchmaking.Bench.Tests.Evaluation;

public sealed class EngineNewPartnersTests
{
    [Fact]
    public void The_new_partners_only_engine_ranks_every_candidate_but_the_askers_known_partners()
    {
        using var set = Corpora.Mixed();
        var corpus = set.Corpus();
        var fold = corpus.Fold(corpus.ProjectIndex("p8"));
        var anchor = fold.ProfileOf("C1")!;
        var query = new RankQuery(EvaluationMode.Entity, anchor.Text, anchor);
        var plain = new EngineRanker();
        var newOnly = new EngineRanker(name: "engine-new-only", newPartnersOnly: true);
        plain.Prepare(fold);
        newOnly.Prepare(fold);

        var all = plain.Rank(query, fold.Candidates.Count).Select(r => r.Organisation.Id).ToList();
        var fresh = newOnly.Rank(query, fold.Candidates.Count).Select(r => r.Organisation.Id).ToList();

        // C1's partners without p8: R1, R2, C5 (p1) and C2 (p2).
        string[] known = ["C2", "C5", "R1", "R2"];
        Assert.Equal(known, anchor.PastPartners.Keys.Order());
        Assert.Subset(all.ToHashSet(), known.ToHashSet());
        Assert.Empty(fresh.Intersect(known));
        Assert.Equal(all.Except(known).Order(), fresh.Order());
    }

    [Fact]
    public void The_fusion_with_adamic_adar_scores_no_known_partner_and_ranks_them_after_every_scored_candidate()
    {
        using var set = Corpora.Mixed();
        var corpus = set.Corpus();
        var fold = corpus.Fold(corpus.ProjectIndex("p8"));
        var anchor = fold.ProfileOf("C1")!;
        var ranker = new NewPartnerFusionRanker(new RankerContext(corpus, EvaluationMode.Entity, 1));
        ranker.Prepare(fold);

        var ranking = ranker.Rank(new RankQuery(EvaluationMode.Entity, anchor.Text, anchor), fold.Candidates.Count).ToList();

        var known = ranking.Where(r => anchor.PastPartners.ContainsKey(r.Organisation.Id)).ToList();
        Assert.Equal(4, known.Count);
        Assert.All(known, r => Assert.Equal(0, r.Score));
        Assert.Contains(ranking, r => r.Score > 0);
        Assert.True(ranking.FindLastIndex(r => r.Score > 0) < ranking.FindIndex(r => anchor.PastPartners.ContainsKey(r.Organisation.Id)));
    }
}
