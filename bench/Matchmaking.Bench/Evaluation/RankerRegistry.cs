namespace Matchmaking.Bench.Evaluation;

/// <summary>The systems the eval command runs, in report order.</summary>
public static class RankerRegistry
{
    /// <summary>
    /// The built-in systems. The engine is not among them until its adapter exists: add it as the first line, e.g.
    /// <c>new("engine", EntityModeOnly: false, context => new EngineRanker(context)),</c>
    /// or pass it to <see cref="EvalCommand.RunAsync(string[], TextWriter, IEnumerable{RankerRegistration})"/>.
    /// Without it the report simply has no "engine" key.
    /// </summary>
    public static IReadOnlyList<RankerRegistration> Default { get; } =
    [
        new("bm25", EntityModeOnly: false, context => new Bm25Ranker(context)),
        new("popularity", EntityModeOnly: false, context => new PopularityRanker(context)),
        new("random", EntityModeOnly: false, context => new RandomRanker(context)),
        new("co-participation", EntityModeOnly: true, context => new CoParticipationRanker(context)),
        new("adamic-adar", EntityModeOnly: true, context => new AdamicAdarRanker(context)),
    ];

    /// <summary>
    /// Systems that probe the ceiling of the available signals, run with <c>eval --experiments</c> (bench/README.md,
    /// "What the signals allow"). They are not baselines of the contract.
    /// </summary>
    public static IReadOnlyList<RankerRegistration> Experimental { get; } =
    [
        new("project-neighbours", EntityModeOnly: false, context => new ProjectNeighbourRanker(context)),
        new("partners+popularity", EntityModeOnly: true, context => new PartnerPriorRanker(context)),
    ];
}
