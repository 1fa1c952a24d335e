using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Matching.Tests.Scoring;

public sealed class QueryStageTimesTests
{
    [Fact]
    public void Queries_asked_while_recording_are_timed_stage_by_stage_and_others_are_not()
    {
        var index = new MatchIndex();
        for (var i = 0; i < 50; i++)
        {
            index.Upsert(new MatchProfile
            {
                Key = $"company/c{i}",
                Type = ActorType.Company,
                Name = $"Company {i}",
                Description = $"Manutenzione predittiva e visione artificiale, linea {i % 7}.",
                Needs = ["predictive maintenance for presses"],
                Offers = [$"stampaggio {i % 5}"],
            });
        }

        var query = new SuggestionQuery { AskerKey = "company/c1" };
        index.Suggest(query);
        var times = QueryStageTimes.Record();
        try
        {
            index.Suggest(query);
            index.Suggest(query);
        }
        finally
        {
            QueryStageTimes.Stop();
        }

        index.Suggest(query);

        Assert.Equal(2, times.Queries);
        Assert.All(times.Ticks, ticks => Assert.True(ticks >= 0));
        Assert.True(times.Ticks.Sum() > 0);
        Assert.True(times.MillisecondsPerQuery(QueryStage.Reasons) > 0);
        Assert.Null(QueryStageTimes.Current);

        // Work is counted per query too: the asker's words, their postings, the other 49 companies found, all pooled.
        Assert.True(times.PerQuery(QueryCount.Words) > 0);
        Assert.True(times.PerQuery(QueryCount.Postings) >= times.PerQuery(QueryCount.Words));
        Assert.Equal(49, times.PerQuery(QueryCount.Pooled));
        Assert.True(times.PerQuery(QueryCount.Candidates) >= 49);
    }
}
