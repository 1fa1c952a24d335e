using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Tests.Evaluation;

public sealed class NewPartnerSplitTests
{
    // Held out: h (A, B, D, E). Before it, A worked with B and C (k1), B with D (k2) and E (k4), E with C (k3).
    // So small a set makes B and E hubs at the default share: Corpus(1) keeps every organisation.
    private static EvalSet Set() => new EvalSet()
        .Consortium("k1", "x", "A", "B", "C")
        .Consortium("k2", "x", "B", "D")
        .Consortium("k3", "x", "E", "C")
        .Consortium("k4", "x", "B", "E")
        .Consortium("h", "x", "A", "B", "D", "E");

    [Fact]
    public void A_partner_the_anchor_already_worked_with_is_not_relevant_in_the_new_partners_split()
    {
        using var set = Set();
        var corpus = set.Corpus(hubShare: 1);
        var fold = corpus.Fold(corpus.ProjectIndex("h"));

        var queries = EvaluationQuery.For(fold, EvaluationMode.Entity).ToDictionary(q => q.Query.Anchor!.Id);
        string[] Ids(IReadOnlySet<int> organisations) => [.. organisations.Select(corpus.OrganisationId).Order()];

        Assert.Equal(["B", "D", "E"], Ids(queries["A"].Relevant));
        Assert.Equal(["B", "C"], Ids(queries["A"].KnownPartners));
        Assert.Equal(["D", "E"], Ids(queries["A"].NewPartners));
        Assert.Equal(["A", "E"], Ids(queries["D"].NewPartners));
        Assert.Equal(["A", "D"], Ids(queries["E"].NewPartners));

        // B worked with all of A, D and E before: nothing new to find.
        Assert.Equal(["A", "D", "E"], Ids(queries["B"].Relevant));
        Assert.Empty(queries["B"].NewPartners);
    }

    [Fact]
    public void Queries_without_a_new_partner_are_left_out_of_the_split_and_brief_mode_has_none()
    {
        using var set = Set();
        var corpus = set.Corpus(hubShare: 1);

        var entity = EvaluationRunner.Run(corpus, RankerRegistry.Default, new EvaluationOptions(EvaluationMode.Entity, Workers: 1));
        var brief = EvaluationRunner.Run(corpus, RankerRegistry.Default, new EvaluationOptions(EvaluationMode.Brief, Workers: 1));

        // Every project is held out in turn; B's query on h is one without a new partner.
        var queries = Enumerable.Range(0, corpus.Projects.Count).SelectMany(p => EvaluationQuery.For(corpus.Fold(p), EvaluationMode.Entity)).ToArray();
        var withNew = queries.Where(q => q.NewPartners.Count > 0).ToArray();
        Assert.Equal(queries.Length, entity.Counts.Queries);
        Assert.InRange(withNew.Length, 1, queries.Length - 1);
        var split = Assert.IsType<NewPartnerSplit>(entity.NewPartners);
        Assert.Equal(withNew.Length, split.Queries);
        Assert.Equal(withNew.Average(q => q.NewPartners.Count), split.MeanRelevant, 12);
        Assert.Equal(entity.Systems.Select(s => s.Name), split.Systems.Select(s => s.Name));
        Assert.All(split.Systems, s => Assert.Equal(withNew.Length, s.Metrics.Queries));
        Assert.Null(brief.NewPartners);
    }

    [Fact]
    public void Known_partners_are_left_out_of_the_ranking_in_the_split_and_count_in_the_all_partners_split()
    {
        // Ranks the anchor's known partners first, then the held-out partners, then the rest: perfect on new partners
        // because the known ones are taken out of the list, not counted as misses in front of them.
        using var set = Corpora.Mixed();
        var corpus = set.Corpus();
        var system = new RankerRegistration("known-first", EntityModeOnly: true, _ => new KnownPartnersFirstRanker());

        var report = EvaluationRunner.Run(corpus, [system], new EvaluationOptions(EvaluationMode.Entity, Workers: 1));

        var split = report.NewPartners!;
        Assert.True(split.Queries > 0);
        Assert.Equal(new MetricSet(1, 1, 1, 1, split.Queries), split.Systems[0].Metrics);
        Assert.True(report.Systems[0].Metrics.Mrr < 1);
    }

    private sealed class KnownPartnersFirstRanker : IRanker
    {
        private EvaluationFold? _fold;

        public string Name => "known-first";

        public void Prepare(EvaluationFold fold) => _fold = fold;

        public IReadOnlyList<RankedOrganisation> Rank(RankQuery query, int k) => _fold!.Candidates
            .Where(c => c.Index != query.Anchor!.Index)
            .OrderByDescending(c => query.Anchor!.PastPartners.ContainsKey(c.Id) && !_fold.IsParticipant(c.Index))
            .ThenByDescending(c => _fold.IsParticipant(c.Index) && !query.Anchor!.PastPartners.ContainsKey(c.Id))
            .Select(c => new RankedOrganisation(c, 0))
            .Take(k)
            .ToList();
    }
}
