using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Quality;

/// <summary>The product's engine as a ranker of the evaluation.</summary>
public static class EngineRankers
{
    public static IReadOnlyList<RankerRegistration> All { get; } =
    [
        new("engine", EntityModeOnly: false, _ => new EngineRanker()),
        new("engine+project-neighbours", EntityModeOnly: false, context => new FusionRanker(context), Experimental: true),
    ];

    /// <summary>The product's team formation as a system of the team mode.</summary>
    public static IReadOnlyList<TeamSystemRegistration> Teams { get; } =
    [
        new("engine", _ => new EngineTeamProposer()),
    ];
}
