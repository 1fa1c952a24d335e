using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Tests.Evaluation;

public sealed class ExperimentalRankerTests
{
    [Fact]
    public void Project_neighbours_sum_the_similarity_of_each_past_project_and_ignore_the_held_out_one()
    {
        // SOLAR has two solar projects, WIND one solar project, DAIRY none; the held-out project is about solar
        // too, and its own participant X must gain nothing from it.
        using var set = new EvalSet()
            .Consortium("p1", "solar photovoltaic panels on roofs", "SOLAR", "Y")
            .Consortium("p2", "solar photovoltaic cells and inverters", "SOLAR", "Z")
            .Consortium("p3", "photovoltaic solar parks near wind farms", "WIND", "Z")
            .Consortium("p4", "dairy cows and milk", "DAIRY", "Y")
            .Consortium("p5", "cheese from milk", "DAIRY", "Z")
            .Consortium("p6", "solar photovoltaic tiles", "X", "Y")
            .Consortium("p7", "cheese and dairy cows", "X", "Z");
        var corpus = set.Corpus();
        var ranker = new ProjectNeighbourRanker(new RankerContext(corpus, EvaluationMode.Brief, 1));
        var fold = corpus.Fold(corpus.ProjectIndex("p6"));
        ranker.Prepare(fold);

        var scores = ranker.Rank(new RankQuery(EvaluationMode.Brief, "solar photovoltaic", null), 10)
            .ToDictionary(r => r.Organisation.Id, r => r.Score);

        Assert.True(scores["SOLAR"] > scores["WIND"]);
        Assert.True(scores["WIND"] > scores["DAIRY"]);
        Assert.Equal(0, scores["DAIRY"]);
        Assert.Equal(0, scores["X"]);
        Assert.InRange(scores["SOLAR"], 1.0, 2.0);
    }

    [Fact]
    public void Partners_plus_popularity_adds_shared_projects_to_the_candidate_track_record()
    {
        using var set = new EvalSet()
            .Consortium("p1", "a", "A", "B")
            .Consortium("p2", "b", "A", "B")
            .Consortium("p3", "c", "C", "D")
            .Consortium("p4", "d", "C", "D")
            .Consortium("p5", "e", "C", "E")
            .Consortium("p6", "f", "A", "E");
        var corpus = set.Corpus();
        var ranker = new PartnerPriorRanker(new RankerContext(corpus, EvaluationMode.Entity, 1));
        var fold = corpus.Fold(corpus.ProjectIndex("p6"));
        ranker.Prepare(fold);

        var ranking = ranker.Rank(new RankQuery(EvaluationMode.Entity, "", fold.ProfileOf("A")), 10);
        var scores = ranking.ToDictionary(r => r.Organisation.Id, r => r.Score);

        Assert.DoesNotContain("A", scores.Keys);
        Assert.Equal(4, scores["B"]);
        Assert.Equal(3, scores["C"]);
        Assert.Equal(1, scores["E"]);
        Assert.Equal("B", ranking[0].Organisation.Id);
        Assert.Throws<ArgumentException>(() => ranker.Rank(new RankQuery(EvaluationMode.Brief, "x", null), 10));
    }

    [Fact]
    public void Experiments_run_only_when_asked()
    {
        Assert.False(EvalArguments.Parse(["--data", "d", "--mode", "brief"]).Experiments);
        Assert.True(EvalArguments.Parse(["--data", "d", "--mode", "brief", "--experiments"]).Experiments);
    }
}
