using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Tests.Evaluation;

public sealed class Bm25RankerTests
{
    [Fact]
    public void Brief_query_ranks_the_organisation_whose_past_text_matches_best_first()
    {
        using var set = new EvalSet()
            .Consortium("p1", "solar photovoltaic panels on roofs", "SOLAR", "X")
            .Consortium("p2", "solar photovoltaic cells and solar inverters", "SOLAR", "Y")
            .Consortium("p3", "offshore wind turbines", "WIND", "X")
            .Consortium("p4", "wind farms and solar parks", "WIND", "Y")
            .Consortium("p5", "dairy cows and milk", "DAIRY", "Z")
            .Consortium("p6", "cheese from milk", "DAIRY", "Z")
            .Consortium("p7", "held out brief", "Z", "X");
        var corpus = set.Corpus();
        var ranker = new Bm25Ranker(new RankerContext(corpus, EvaluationMode.Brief, 1));
        var fold = corpus.Fold(corpus.ProjectIndex("p7"));
        ranker.Prepare(fold);

        var ranking = ranker.Rank(new RankQuery(EvaluationMode.Brief, "solar photovoltaic", null), 10);

        Assert.Equal("SOLAR", ranking[0].Organisation.Id);
        Assert.True(ranking[0].Score > ranking[1].Score);
        Assert.Equal(fold.Candidates.Count, ranking.Count);
        Assert.All(ranking.Where(r => r.Organisation.Id is "DAIRY" or "Z"), r => Assert.Equal(0, r.Score));
        Assert.Equal(2, ranker.Rank(new RankQuery(EvaluationMode.Brief, "solar photovoltaic", null), 2).Count);
    }

    [Theory]
    [InlineData(EvaluationMode.Brief)]
    [InlineData(EvaluationMode.Entity)]
    public void Scores_in_every_fold_equal_bm25_computed_from_scratch_over_the_fold_profiles(EvaluationMode mode)
    {
        using var set = Corpora.Mixed();
        var corpus = set.Corpus();
        var ranker = new Bm25Ranker(new RankerContext(corpus, mode, 7));
        var checkedScores = 0;
        for (var p = 0; p < corpus.Projects.Count; p++)
        {
            var fold = corpus.Fold(p);
            ranker.Prepare(fold);
            foreach (var query in EvaluationQuery.For(fold, mode))
            {
                var expected = ReferenceBm25(corpus, fold, query.Query);
                foreach (var entry in ranker.Rank(query.Query, query.Candidates))
                {
                    Assert.Equal(expected[entry.Organisation.Id], entry.Score, 9);
                    checkedScores++;
                }
            }
        }

        Assert.True(checkedScores > 50, $"only {checkedScores} scores checked");
    }

    // Textbook BM25 over documents rebuilt from each profile's past projects: no incremental bookkeeping.
    private static Dictionary<string, double> ReferenceBm25(EvaluationCorpus corpus, EvaluationFold fold, RankQuery query)
    {
        List<string> Document(OrganisationProfile profile) => profile.PastProjectIds
            .SelectMany(id => Tokenizer.Tokens(EvaluationCorpus.ProfileTextOf(corpus.Projects[corpus.ProjectIndex(id)])))
            .ToList();

        var documents = fold.Candidates.ToDictionary(c => c.Id, Document);
        var averageLength = documents.Values.Average(d => d.Count);
        var queryTokens = query.Anchor is { } anchor ? documents[anchor.Id] : Tokenizer.Tokens(query.Text).ToList();
        var scores = new Dictionary<string, double>();
        foreach (var (id, document) in documents)
        {
            var score = 0.0;
            foreach (var token in queryTokens)
            {
                var tf = document.Count(t => t == token);
                if (tf == 0)
                {
                    continue;
                }

                var df = documents.Values.Count(d => d.Contains(token));
                var idf = Math.Log(1 + ((documents.Count - df + 0.5) / (df + 0.5)));
                score += idf * tf * 2.2 / (tf + (1.2 * (0.25 + (0.75 * document.Count / averageLength))));
            }

            scores[id] = score;
        }

        return scores;
    }
}
