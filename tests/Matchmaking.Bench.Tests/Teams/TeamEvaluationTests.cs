using System.Text.Json;
using Matchmaking.Bench.Evaluation;
using Matchmaking.Bench.Quality;
using Matchmaking.Bench.Tests.Evaluation;

namespace Matchmaking.Bench.Tests.Teams;

public sealed class TeamEvaluationTests
{
    [Fact]
    public void Hits_count_a_proposal_only_when_both_its_company_and_its_research_member_took_part()
    {
        var companies = new HashSet<int> { 1 };
        var research = new HashSet<int> { 11 };
        ProposedPair[] proposals = [new(1, 12), new(2, 11), new(1, 11), new(3, 13)];

        var hits = TeamHits.Of(proposals, companies, research);

        Assert.Equal(new TeamHits(HitAt1: 0, HitAt5: 1, HitAt10: 1, PrecisionAt5: 0.2, CompanyAt5: 1, ResearchAt5: 1), hits);
        Assert.Equal(0, TeamHits.Of(proposals.Take(2).ToList(), companies, research).HitAt5);
        Assert.Equal(1, TeamHits.Of([new(1, 11)], companies, research).HitAt1);
        Assert.Equal(0.5, TeamHits.Mean([hits, TeamHits.Of([], companies, research)]).HitAt5);
    }

    [Fact]
    public void The_baseline_pairs_the_top_company_with_the_top_research_organisation_and_caps_each()
    {
        using var set = Corpora.Mixed();
        var corpus = set.Corpus();
        var fold = corpus.Fold(corpus.ProjectIndex("p8"));
        var baseline = new Bm25PairProposer(new RankerContext(corpus, EvaluationMode.Team, 3));
        var ranker = new Bm25Ranker(new RankerContext(corpus, EvaluationMode.Brief, 3));
        baseline.Prepare(fold);
        ranker.Prepare(fold);
        var brief = EvaluationCorpus.BriefOf(fold.HeldOutProject);
        var ranking = ranker.Rank(new RankQuery(EvaluationMode.Brief, brief, null), int.MaxValue).Select(r => r.Organisation).ToList();

        var proposals = baseline.Propose(brief, 10);

        Assert.Equal(ranking.First(o => o.Kind == OrganisationKind.Company).Index, proposals[0].Company);
        Assert.Equal(ranking.First(o => o.Kind == OrganisationKind.Research).Index, proposals[0].Research);
        Assert.All(proposals.Select(p => p.Company).Concat(proposals.Select(p => p.Research)).GroupBy(o => o),
            g => Assert.InRange(g.Count(), 1, Bm25PairProposer.MaxProposalsPerActor));
    }

    [Fact]
    public void A_word_only_in_the_held_out_project_changes_no_proposal_of_the_engine()
    {
        using var plain = Corpora.Mixed();
        using var leaky = Corpora.Mixed("smart grids and battery storage for districts zyxleakword");
        var plainCorpus = plain.Corpus();
        var leakyCorpus = leaky.Corpus();
        var heldOut = plainCorpus.ProjectIndex("p8");

        var before = Proposals(plainCorpus, heldOut);
        var after = Proposals(leakyCorpus, heldOut);

        Assert.NotEmpty(before);
        Assert.Equal(before, after);
        Assert.All(leakyCorpus.Fold(heldOut).Candidates, c => Assert.DoesNotContain("zyxleakword", c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Team_mode_reports_the_engine_and_the_bm25_pair_baseline_with_hits_at_1_5_and_10()
    {
        using var set = Corpora.Mixed().Write();
        var output = new StringWriter();

        var exit = await EvalCommand.RunAsync(["--data", set.Directory, "--mode", "team", "--json"], output, [], EngineRankers.Teams);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal("team", root.GetProperty("mode").GetString());
        var systems = root.GetProperty("systems");
        Assert.Equal(["engine", "bm25-pair"], systems.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["hit@1", "hit@5", "hit@10", "precision@5", "company@5", "research@5"], systems.GetProperty("engine").EnumerateObject().Select(p => p.Name));
        Assert.InRange(systems.GetProperty("bm25-pair").GetProperty("hit@5").GetDouble(), 0, 1);
        Assert.True(root.GetProperty("counts").GetProperty("projectsEvaluated").GetInt32() > 0);
    }

    private static List<ProposedPair> Proposals(EvaluationCorpus corpus, int heldOut)
    {
        var fold = corpus.Fold(heldOut);
        var engine = new EngineTeamProposer();
        engine.Prepare(fold);
        return [.. engine.Propose(EvaluationCorpus.BriefOf(corpus.Projects[heldOut]).Replace(" zyxleakword", "", StringComparison.Ordinal), 10)];
    }
}
