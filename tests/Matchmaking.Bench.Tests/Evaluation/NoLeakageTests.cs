using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Tests.Evaluation;

public sealed class NoLeakageTests
{
    private const string Original = "smart grids and battery storage for districts";
    private const string WithLeak = Original + " zyxleakword";

    [Theory]
    [InlineData(EvaluationMode.Brief)]
    [InlineData(EvaluationMode.Entity)]
    public void A_word_only_in_the_held_out_objective_changes_no_score_of_any_system(EvaluationMode mode)
    {
        using var plain = Corpora.Mixed(Original);
        using var leaky = Corpora.Mixed(WithLeak);
        var plainCorpus = plain.Corpus();
        var leakyCorpus = leaky.Corpus();
        var heldOut = plainCorpus.ProjectIndex("p8");

        var plainScores = ScoresOf(plainCorpus, heldOut, mode);
        var leakyScores = ScoresOf(leakyCorpus, heldOut, mode);

        Assert.NotEmpty(plainScores);
        Assert.Equal(plainScores.Keys.Order(), leakyScores.Keys.Order());
        foreach (var (key, ranking) in plainScores)
        {
            Assert.Equal(ranking, leakyScores[key]);
        }

        // The brief query does contain the word: it is the held-out profiles that must not.
        var fold = leakyCorpus.Fold(heldOut);
        Assert.Contains("zyxleakword", EvaluationCorpus.BriefOf(fold.HeldOutProject), StringComparison.Ordinal);
        Assert.All(fold.Candidates, c => Assert.DoesNotContain("zyxleakword", c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_word_does_change_scores_when_another_project_is_held_out()
    {
        // Guards the test above: the comparison would notice a leak, because the word moves scores when it may.
        using var plain = Corpora.Mixed(Original);
        using var leaky = Corpora.Mixed(WithLeak);
        var plainCorpus = plain.Corpus();
        var other = plainCorpus.ProjectIndex("p2");

        var plainScores = ScoresOf(plainCorpus, other, EvaluationMode.Entity);
        var leakyScores = ScoresOf(leaky.Corpus(), other, EvaluationMode.Entity);

        Assert.NotEqual(plainScores["bm25/C1"], leakyScores["bm25/C1"]);
    }

    [Fact]
    public void Adamic_adar_in_a_fold_is_adamic_adar_on_the_set_without_the_held_out_project()
    {
        // The same set with p8 (C1, C2, R1, R3, C8) and with p8's consortium replaced by two organisations that have no
        // other project: held out, both leave the graph of p1..p7 and q, if p8's partnerships do not leak into it.
        using var with = Corpora.Mixed().Consortium("q", "placeholder", "Z9", "C3");
        using var without = Corpora.FirstSeven().Consortium("p8", "placeholder", "Y1", "Y2").Consortium("q", "placeholder", "Z9", "C3");
        var withCorpus = with.Corpus();
        var withoutCorpus = without.Corpus();
        var heldOut = withCorpus.Fold(withCorpus.ProjectIndex("p8"));
        var reference = withoutCorpus.Fold(withoutCorpus.ProjectIndex("p8"));

        foreach (var anchor in new[] { "C1", "C2", "R1", "R3" })
        {
            Assert.Equal(AdamicAdar(reference, anchor), AdamicAdar(heldOut, anchor));
        }

        // Guard: with p8 in the graph (q held out instead) C1 and R3 share C2 and R1; without it they share nobody.
        Assert.Equal(0, AdamicAdar(reference, "C1").Single(r => r.Id == "R3").Score);
        Assert.True(AdamicAdar(withCorpus.Fold(withCorpus.ProjectIndex("q")), "C1").Single(r => r.Id == "R3").Score > 0);
    }

    private static List<(string Id, double Score)> AdamicAdar(EvaluationFold fold, string anchorId)
    {
        var ranker = new AdamicAdarRanker(new RankerContext(fold.Corpus, EvaluationMode.Entity, 3));
        ranker.Prepare(fold);
        var anchor = fold.ProfileOf(anchorId)!;
        return ranker.Rank(new RankQuery(EvaluationMode.Entity, anchor.Text, anchor), fold.Candidates.Count)
            .Select(r => (r.Organisation.Id, Math.Round(r.Score, 12)))
            .ToList();
    }

    // System/anchor → the whole ranking as (organisation, score) pairs, for every query of the fold.
    private static Dictionary<string, List<(string, double)>> ScoresOf(EvaluationCorpus corpus, int heldOut, EvaluationMode mode)
    {
        var fold = corpus.Fold(heldOut);
        var result = new Dictionary<string, List<(string, double)>>();
        foreach (var registration in RankerRegistry.Default.Where(r => mode == EvaluationMode.Entity || !r.EntityModeOnly))
        {
            var ranker = registration.Create(new RankerContext(corpus, mode, 3));
            ranker.Prepare(fold);
            foreach (var query in EvaluationQuery.For(fold, mode))
            {
                var ranking = ranker.Rank(query.Query, query.Candidates);
                result[$"{ranker.Name}/{query.Query.Anchor?.Id}"] = ranking.Select(r => (r.Organisation.Id, Math.Round(r.Score, 12))).ToList();
            }
        }

        return result;
    }
}
