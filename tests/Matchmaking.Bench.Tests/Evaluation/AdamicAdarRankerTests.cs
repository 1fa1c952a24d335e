using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Tests.Evaluation;

public sealed class AdamicAdarRankerTests
{
    [Fact]
    public void A_candidate_scores_one_over_the_log_degree_of_each_partner_it_shares_with_the_anchor()
    {
        // Partners (distinct): A {B, Z1, Z2}; Z1 {A, B, C} (degree 3); Z2 {A, C, D, E} (degree 4); B {A, Z1} (degree 2);
        // C {Z1, Z2, D}; D {Z2, C, F}; E {Z2}; F {D}. "h" (Y only) is held out, so the fold's graph is all the rest.
        using var set = new EvalSet()
            .Consortium("q1", "x", "A", "B", "Z1")
            .Consortium("q2", "x", "Z1", "C")
            .Consortium("q3", "x", "A", "Z2")
            .Consortium("q4", "x", "Z2", "C", "D")
            .Consortium("q5", "x", "Z2", "E")
            .Consortium("q6", "x", "D", "F")
            .Consortium("h", "x", "Y");
        var corpus = set.Corpus();
        var fold = corpus.Fold(corpus.ProjectIndex("h"));
        var ranker = new AdamicAdarRanker(new RankerContext(corpus, EvaluationMode.Entity, 1));
        ranker.Prepare(fold);
        var anchor = fold.ProfileOf("A")!;

        var ranking = ranker.Rank(new RankQuery(EvaluationMode.Entity, anchor.Text, anchor), 100);
        var scores = ranking.ToDictionary(r => r.Organisation.Id, r => r.Score);

        // C shares Z1 and Z2 with A; Z1 shares B (degree 2); B shares Z1; D and E share Z2; Z2 and F share nobody.
        Assert.Equal((1 / Math.Log(3)) + (1 / Math.Log(4)), scores["C"], 12);
        Assert.Equal(1 / Math.Log(2), scores["Z1"], 12);
        Assert.Equal(1 / Math.Log(3), scores["B"], 12);
        Assert.Equal(1 / Math.Log(4), scores["D"], 12);
        Assert.Equal(1 / Math.Log(4), scores["E"], 12);
        Assert.Equal(0, scores["Z2"]);
        Assert.Equal(0, scores["F"]);

        // D (2 projects) before E (1) on the popularity tie-break; A itself and Y (no project but the held-out one) absent.
        Assert.Equal(["C", "Z1", "B", "D", "E"], ranking.Take(5).Select(r => r.Organisation.Id));
        Assert.Equal(["F", "Z2"], ranking.Skip(5).Select(r => r.Organisation.Id).Order());
        Assert.Equal(7, ranking.Count);
    }

    [Fact]
    public void Brief_mode_has_no_asker_so_adamic_adar_is_entity_mode_only()
    {
        var registration = RankerRegistry.Default.Single(r => r.Name == "adamic-adar");
        Assert.True(registration.EntityModeOnly);

        using var set = Corpora.Mixed();
        var corpus = set.Corpus();
        var ranker = registration.Create(new RankerContext(corpus, EvaluationMode.Brief, 1));
        ranker.Prepare(corpus.Fold(0));
        Assert.Throws<ArgumentException>(() => ranker.Rank(new RankQuery(EvaluationMode.Brief, "batteries", null), 10));
    }
}
