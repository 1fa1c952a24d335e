namespace Matchmaking.Matching.Teams;

/// <summary>
/// How team formation scores and searches. A team's score is <see cref="Relevance"/> × the mean relevance of its
/// proposed members + <see cref="Coverage"/> × how well it covers the brief's needs + <see cref="Pair"/> × the mean
/// pairwise fit of its members; a pair's fit is the weighted mean of its components (two-sided needs, similar work,
/// closeness in the collaboration graph, proximity, kind). Tuned on the CORDIS tuning sets (bench/README.md).
/// </summary>
public sealed record TeamWeights
{
    public static TeamWeights Default { get; } = new();

    /// <summary>How well each proposed member answers the brief on its own.</summary>
    public double Relevance { get; init; } = 0.35;

    /// <summary>The share of the brief's needs (themes, need phrases) some member covers.</summary>
    public double Coverage { get; init; } = 0.25;

    /// <summary>The mean pairwise fit of the members.</summary>
    public double Pair { get; init; } = 0.40;

    /// <summary>In a member's relevance, the share of the engine's suggestion score (the rest: the needs it covers alone).</summary>
    public double SuggestionShare { get; init; } = 0.5;

    /// <summary>Pair: each answers the other's needs (harmonic mean of the two directions).</summary>
    public double PairMutual { get; init; } = 0.30;

    /// <summary>Pair: the mean of the two one-way fits.</summary>
    public double PairNeeds { get; init; } = 0.10;

    /// <summary>Pair: similar work (cosine of their texts).</summary>
    public double PairText { get; init; } = 0.20;

    /// <summary>Pair: worked together before, or share past partners.</summary>
    public double PairGraph { get; init; } = 0.30;

    public double PairProximity { get; init; } = 0.05;

    public double PairKind { get; init; } = 0.05;

    /// <summary>Candidates per role taken from the index.</summary>
    public int PoolSize { get; init; } = 30;

    /// <summary>Partial teams kept between roles.</summary>
    public int BeamWidth { get; init; } = 30;

    /// <summary>Complete teams handed to the batch evaluator.</summary>
    public int FinalTeams { get; init; } = 300;

    /// <summary>The best complete teams that try to fill the optional roles.</summary>
    public int GrowingTeams { get; init; } = 60;

    /// <summary>An optional role is filled only when the best member for it raises the team's score by this much.</summary>
    public double OptionalGain { get; init; } = 0.01;

    /// <summary>Two teams whose proposed members overlap by at least this Jaccard share are near-duplicates.</summary>
    public double NearDuplicate { get; init; } = 0.67;
}
