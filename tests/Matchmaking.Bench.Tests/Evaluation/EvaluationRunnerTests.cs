using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Tests.Evaluation;

public sealed class EvaluationRunnerTests
{
    [Theory]
    [InlineData(EvaluationMode.Brief)]
    [InlineData(EvaluationMode.Entity)]
    public void Figures_do_not_depend_on_the_number_of_workers(EvaluationMode mode)
    {
        using var set = Corpora.Mixed();
        var corpus = set.Corpus();

        var one = EvaluationRunner.Run(corpus, RankerRegistry.Default, new EvaluationOptions(mode, Seed: 9, Workers: 1));
        var three = EvaluationRunner.Run(corpus, RankerRegistry.Default, new EvaluationOptions(mode, Seed: 9, Workers: 3));

        Assert.Equal(one.Systems, three.Systems);
        Assert.Equal(one.ByKind.SelectMany(k => k.Systems), three.ByKind.SelectMany(k => k.Systems));
        Assert.Equal(one.Counts, three.Counts);
    }

    [Fact]
    public void Entity_mode_adds_co_participation_and_counts_queries()
    {
        using var set = Corpora.Mixed();
        var corpus = set.Corpus();

        var brief = EvaluationRunner.Run(corpus, RankerRegistry.Default, new EvaluationOptions(EvaluationMode.Brief));
        var entity = EvaluationRunner.Run(corpus, RankerRegistry.Default, new EvaluationOptions(EvaluationMode.Entity));

        Assert.Equal(["bm25", "popularity", "random"], brief.Systems.Select(s => s.Name));
        Assert.Equal(["bm25", "popularity", "random", "co-participation", "adamic-adar"], entity.Systems.Select(s => s.Name));
        Assert.Equal(8, brief.Counts.Queries);
        Assert.True(entity.Counts.Queries > brief.Counts.Queries);
        Assert.Equal(["company", "research"], entity.ByKind.Select(k => k.Kind));
    }

    [Fact]
    public void Limit_projects_evaluates_a_seeded_sample()
    {
        using var set = Corpora.Mixed();
        var corpus = set.Corpus();

        var sample = EvaluationRunner.Run(corpus, RankerRegistry.Default, new EvaluationOptions(EvaluationMode.Brief, Seed: 4, LimitProjects: 3));
        var again = EvaluationRunner.Run(corpus, RankerRegistry.Default, new EvaluationOptions(EvaluationMode.Brief, Seed: 4, LimitProjects: 3));

        Assert.Equal(3, sample.Counts.ProjectsEvaluated + sample.Counts.ProjectsSkipped);
        Assert.Equal(sample.Systems, again.Systems);
    }

    [Fact]
    public void A_ranker_that_returns_the_anchor_is_rejected()
    {
        using var set = Corpora.Mixed();
        var corpus = set.Corpus();
        var cheat = new RankerRegistration("cheat", EntityModeOnly: false, _ => new AnchorFirstRanker());

        var error = Assert.Throws<AggregateException>(() =>
            EvaluationRunner.Run(corpus, [cheat], new EvaluationOptions(EvaluationMode.Entity, Workers: 1)));
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void An_extra_ranker_that_finds_every_partner_scores_perfectly()
    {
        using var set = Corpora.Mixed();
        var corpus = set.Corpus();
        var oracle = new RankerRegistration("engine", EntityModeOnly: false, _ => new OracleRanker());

        var report = EvaluationRunner.Run(corpus, [oracle, .. RankerRegistry.Default], new EvaluationOptions(EvaluationMode.Brief));

        Assert.Equal("engine", report.Systems[0].Name);
        Assert.Equal(new MetricSet(1, 1, 1, 1, report.Counts.Queries), report.Systems[0].Metrics);
    }

    private sealed class AnchorFirstRanker : IRanker
    {
        private EvaluationFold? _fold;

        public string Name => "cheat";

        public void Prepare(EvaluationFold fold) => _fold = fold;

        public IReadOnlyList<RankedOrganisation> Rank(RankQuery query, int k) =>
            [new RankedOrganisation(query.Anchor ?? _fold!.Candidates[0], 1)];
    }

    // Puts the held-out project's profiled participants first: what a perfect engine would do.
    private sealed class OracleRanker : IRanker
    {
        private EvaluationFold? _fold;

        public string Name => "engine";

        public void Prepare(EvaluationFold fold) => _fold = fold;

        public IReadOnlyList<RankedOrganisation> Rank(RankQuery query, int k) => _fold!.Candidates
            .Where(c => c.Index != query.Anchor?.Index)
            .OrderByDescending(c => _fold.IsParticipant(c.Index))
            .Select(c => new RankedOrganisation(c, _fold.IsParticipant(c.Index) ? 1 : 0))
            .Take(k)
            .ToList();
    }
}
