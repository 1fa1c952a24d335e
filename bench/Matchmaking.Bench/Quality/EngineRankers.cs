using Matchmaking.Bench.Evaluation;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Bench.Quality;

/// <summary>The product's engine as a ranker of the evaluation.</summary>
public static class EngineRankers
{
    /// <summary>The engine with every factor but text at zero: an ablation run with <c>eval --experiments</c>.</summary>
    private static readonly MatchingWeights TextOnly = MatchingWeights.Default with
    {
        Needs = 0, Offers = 0, Mutual = 0, Themes = 0, Text = 1, Graph = 0, Proximity = 0, Kind = 0, TrackRecord = 0, Stage = 0, Freshness = 0,
    };

    /// <summary>The graph factor (partners of partners, once known partners are left out) at 0.5 instead of 0.08: a probe of the new-partners split.</summary>
    private static readonly MatchingWeights NewPartnersGraph = MatchingWeights.Default with { Graph = 0.5 };

    public static IReadOnlyList<RankerRegistration> All { get; } =
    [
        new("engine", EntityModeOnly: false, _ => new EngineRanker()),
        new("engine-text", EntityModeOnly: false, _ => new EngineRanker(TextOnly, "engine-text"), Experimental: true),
        new("engine+project-neighbours", EntityModeOnly: false, context => new FusionRanker(context), Experimental: true),

        // The product's "new partners only" query: only its new-partners split compares with the others (its list has no
        // known partner, so they count as misses in the all-partners split).
        new("engine-new-only", EntityModeOnly: true, _ => new EngineRanker(name: "engine-new-only", newPartnersOnly: true), Experimental: true),
        new("engine-new-graph", EntityModeOnly: true, _ => new EngineRanker(NewPartnersGraph, "engine-new-graph", newPartnersOnly: true), Experimental: true),
        new("engine-new+adamic-adar", EntityModeOnly: true, context => new NewPartnerFusionRanker(context), Experimental: true),
    ];

    /// <summary>The product's team formation as a system of the team mode.</summary>
    public static IReadOnlyList<TeamSystemRegistration> Teams { get; } =
    [
        new("engine", _ => new EngineTeamProposer()),
    ];
}
