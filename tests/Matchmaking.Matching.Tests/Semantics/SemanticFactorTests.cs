using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Scoring;
using Matchmaking.Matching.Semantics;
using static Matchmaking.Matching.Tests.Semantics.ProfileVectorsTests;

namespace Matchmaking.Matching.Tests.Semantics;

public sealed class SemanticFactorTests
{
    private static MatchProfile Researcher(string key, string description, ProfileVectors? vectors) => new()
    {
        Key = key,
        Type = ActorType.Researcher,
        Name = key,
        Description = description,
        Vectors = vectors,
    };

    [Fact]
    public void Of_two_candidates_with_the_same_words_the_one_closer_in_meaning_to_the_brief_ranks_first_and_says_so()
    {
        var index = new MatchIndex();
        index.Upsert(Researcher("researcher/far", "sensor data analysis for factories", new ProfileVectors(Unit(0, 1, 0))));
        index.Upsert(Researcher("researcher/near", "sensor data analysis for factories", new ProfileVectors(Unit(1, 0.1f, 0))));

        var suggestions = index.Suggest(new SuggestionQuery { Brief = "sensor data analysis", BriefVector = Unit(1, 0, 0), Diversify = false, Italian = false });

        Assert.Equal(["researcher/near", "researcher/far"], suggestions.Select(s => s.Key));
        Assert.Contains(suggestions[0].Reasons, r => r.Factor == "semantic" && r.Evidence.Contains("meaning", StringComparison.Ordinal));
        Assert.DoesNotContain(suggestions[1].Reasons, r => r.Factor == "semantic");
    }

    [Fact]
    public void An_asker_with_vectors_is_compared_by_its_whole_text()
    {
        var index = new MatchIndex();
        index.Upsert(new MatchProfile { Key = "company/asker", Type = ActorType.Company, Name = "Asker", Description = "sensor data analysis", Vectors = new ProfileVectors(Unit(0, 0, 1)) });
        index.Upsert(Researcher("researcher/far", "sensor data analysis", new ProfileVectors(Unit(1, 0, 0))));
        index.Upsert(Researcher("researcher/near", "sensor data analysis", new ProfileVectors(Unit(0, 0.2f, 1))));

        var suggestions = index.Suggest(new SuggestionQuery { AskerKey = "company/asker", Diversify = false });

        Assert.Equal("researcher/near", suggestions[0].Key);
    }

    [Fact]
    public void Without_vectors_scores_are_those_of_an_engine_that_has_no_semantic_factor()
    {
        var index = new MatchIndex();
        index.Upsert(Researcher("researcher/a", "sensor data analysis for factories", null));
        index.Upsert(Researcher("researcher/b", "data analysis of brass castings", null));
        var query = new SuggestionQuery { Brief = "sensor data analysis", BriefVector = Unit(1, 0, 0), Diversify = false };

        var with = index.Suggest(query);
        var without = index.Suggest(query, MatchingWeights.Default with { Semantic = 0 });

        Assert.Equal(2, with.Count);
        Assert.Equal(without.Select(s => (s.Key, s.Score)), with.Select(s => (s.Key, s.Score)));
    }
}
