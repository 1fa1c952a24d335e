using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Tests.Evaluation;

public sealed class FoldTests
{
    [Fact]
    public void Organisation_in_more_than_half_of_the_projects_is_a_hub_and_never_a_candidate_or_relevant()
    {
        using var set = new EvalSet()
            .Consortium("p1", "alpha", "HUB", "A", "B")
            .Consortium("p2", "beta", "HUB", "A", "C")
            .Consortium("p3", "gamma", "HUB", "B", "C")
            .Consortium("p4", "delta", "HUB", "A", "B", "HALF")
            .Consortium("p5", "epsilon", "C", "HALF")
            .Consortium("p6", "zeta", "D", "HALF");
        var corpus = set.Corpus();

        var hub = Assert.Single(corpus.Hubs);
        Assert.Equal(("HUB", "Org HUB", 4), (hub.Id, hub.Name, hub.Projects));
        for (var p = 0; p < corpus.Projects.Count; p++)
        {
            var fold = corpus.Fold(p);
            Assert.DoesNotContain(fold.Candidates, c => c.Id == "HUB");
            Assert.DoesNotContain(fold.ProfiledParticipants, c => c.Id == "HUB");
            Assert.All(fold.Candidates, c => Assert.False(c.PastPartners.ContainsKey("HUB")));
        }

        // HALF is in exactly half of the projects (3 of 6): not more than half, so not a hub.
        Assert.Contains(corpus.Fold(0).Candidates, c => c.Id == "HALF");
    }

    [Fact]
    public void Organisation_whose_only_project_is_held_out_has_no_profile_and_is_neither_candidate_nor_relevant()
    {
        using var set = new EvalSet()
            .Consortium("p1", "solar panels", "A", "B", "ONLY")
            .Consortium("p2", "wind turbines", "A", "C")
            .Consortium("p3", "batteries", "B", "C");
        var corpus = set.Corpus(hubShare: 1);
        var fold = corpus.Fold(corpus.ProjectIndex("p1"));

        Assert.Null(fold.ProfileOf("ONLY"));
        Assert.DoesNotContain(fold.Candidates, c => c.Id == "ONLY");
        Assert.Equal(["A", "B"], fold.ProfiledParticipants.Select(p => p.Id).Order());
        Assert.NotNull(corpus.Fold(corpus.ProjectIndex("p2")).ProfileOf("ONLY"));
    }

    [Fact]
    public void Profile_of_a_participant_is_built_from_its_other_projects_only()
    {
        using var set = new EvalSet()
            .Project("p1", "Solar", "photovoltaic panels", keywords: "pv", topics: "T-1")
            .Member("p1", "A", type: "PRC", city: "Cremona").Member("p1", "B")
            .Project("p2", "Wind", "offshore turbines", keywords: "wind energy", topics: "T-2")
            .Member("p2", "A", type: "HES", country: "DE", city: "Berlin").Member("p2", "C").Member("p2", "B")
            .Project("p3", "Grid", "storage", topics: "T-3")
            .Member("p3", "A", type: "HES", country: "DE", city: "Berlin").Member("p3", "C");
        var corpus = set.Corpus(hubShare: 1);
        var fold = corpus.Fold(corpus.ProjectIndex("p1"));
        var a = fold.ProfileOf("A")!;

        Assert.Equal(["p2", "p3"], a.PastProjectIds);
        Assert.Equal(2, a.PastProjectCount);
        Assert.Equal(OrganisationKind.Research, a.Kind);
        Assert.Equal(("DE", "Berlin"), (a.Country, a.City));
        Assert.Contains("offshore turbines", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("photovoltaic", a.Text, StringComparison.Ordinal);
        Assert.Equal(["wind energy"], a.KeywordPhrases);
        Assert.Equal(["T-2", "T-3"], a.Topics);
        Assert.Equal(new Dictionary<string, int> { ["C"] = 2, ["B"] = 1 }, a.PastPartners);
        Assert.Equal(1, fold.SharedProjects(a.Index, fold.ProfileOf("B")!.Index));
        Assert.Equal(2, corpus.SharedProjectsInAll(a.Index, fold.ProfileOf("B")!.Index));
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1 }, corpus.Fold(corpus.ProjectIndex("p2")).ProfileOf("C")!.PastPartners);
    }

    [Fact]
    public void Entity_queries_ask_for_each_profiled_participant_and_relevant_are_its_profiled_partners()
    {
        using var set = new EvalSet()
            .Consortium("p1", "x", "A", "B", "C", "ONLY")
            .Consortium("p2", "y", "A", "B")
            .Consortium("p3", "z", "C", "D");
        var corpus = set.Corpus(hubShare: 1);
        var fold = corpus.Fold(corpus.ProjectIndex("p1"));

        var entity = EvaluationQuery.For(fold, EvaluationMode.Entity);
        Assert.Equal(3, entity.Count);
        var fromA = entity.Single(q => q.Query.Anchor!.Id == "A");
        Assert.Equal(new[] { "B", "C" }, fromA.Relevant.Select(corpus.OrganisationId).Order());
        Assert.Equal(fold.Candidates.Count - 1, fromA.Candidates);

        var brief = Assert.Single(EvaluationQuery.For(fold, EvaluationMode.Brief));
        Assert.Null(brief.Query.Anchor);
        Assert.Equal("Project p1\nx", brief.Query.Text);
        Assert.Equal(3, brief.Relevant.Count);

        // p3's other participant D has no other project: C alone cannot ask for anyone.
        Assert.Empty(EvaluationQuery.For(corpus.Fold(corpus.ProjectIndex("p3")), EvaluationMode.Entity));
    }
}
