using Matchmaking.Bench.Evaluation;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Bench.Quality;

/// <summary>
/// Weight variants of the engine run side by side by the <c>tune</c> command (on the tuning sets only),
/// so that a change of weights is judged against the baselines of the same run.
/// </summary>
public static class TuningVariants
{
    public static IReadOnlyList<RankerRegistration> All { get; } = Grid().ToList();

    private static IEnumerable<RankerRegistration> Grid()
    {
        yield return Variant("engine", MatchingWeights.Default);
        foreach (var record in new[] { 0.1, 0.3, 0.6 })
        {
            foreach (var graph in new[] { 0.15, 0.3, 0.6 })
            {
                foreach (var text in new[] { 0.05, 0.15, 0.3 })
                {
                    yield return Variant($"r{record}-g{graph}-t{text}", MatchingWeights.Default with { TrackRecord = record, Graph = graph, Text = text, Needs = text });
                }
            }
        }
    }

    private static RankerRegistration Variant(string name, MatchingWeights weights) =>
        new(name, EntityModeOnly: false, _ => new EngineRanker(weights, name));
}
