using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Quality;

/// <summary>The product's engine as rankers of the evaluation (added as the engine grows).</summary>
public static class EngineRankers
{
    public static IReadOnlyList<RankerRegistration> All { get; } = [];
}
