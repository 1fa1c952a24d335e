namespace Matchmaking.Matching.Scoring;

/// <summary>
/// How much each factor counts. Each factor is in [0, 1]; a suggestion's score is the weighted sum.
/// Tuned with <c>tune-weights</c> on the CORDIS tuning sets (see bench/README.md), never on the final-check
/// set; themes keep a product weight there (CORDIS profiles declare no themes, so it cannot be learned there).
/// </summary>
public sealed record MatchingWeights
{
    public static MatchingWeights Default { get; } = new();

    /// <summary>The candidate answers the asker's needs.</summary>
    public double Needs { get; init; } = 0.10;

    /// <summary>The asker answers the candidate's needs.</summary>
    public double Offers { get; init; } = 0.10;

    /// <summary>Bonus when the fit goes both ways (harmonic mean of the two).</summary>
    public double Mutual { get; init; } = 0.10;

    public double Themes { get; init; } = 0.05;

    public double Text { get; init; } = 0.05;

    /// <summary>
    /// Closeness in meaning (sentence embeddings); counts only where profiles carry vectors. Provisional: the
    /// learned combination is to set it (see bench/README.md, <c>eval-reviewers</c>).
    /// </summary>
    public double Semantic { get; init; } = 0.10;

    public double Graph { get; init; } = 0.08;

    public double Proximity { get; init; } = 0.015;

    public double Kind { get; init; } = 0.015;

    public double TrackRecord { get; init; } = 0.20;

    /// <summary>
    /// The share of the query's best fit from which a candidate's evidence of ability (track record, having worked
    /// with the best matches) counts in full; below it the evidence counts in proportion to the fit, so it orders
    /// candidates that fit and cannot lift one that does not.
    /// </summary>
    public double FullEvidenceFit { get; init; } = 0.25;

    public double Stage { get; init; } = 0.01;

    public double Freshness { get; init; } = 0.01;

    /// <summary>Terms in more than this share of profiles are too common to find candidates with.</summary>
    public double CommonTermShare { get; init; } = 0.05;

    /// <summary>
    /// Terms in more than this share of the profiles (and more than 1,000) add to candidates found otherwise but
    /// make none themselves: a profile sharing only frequent words with the asker is not worth scoring.
    /// </summary>
    public double SelectiveTermShare { get; init; } = 0.01;

    /// <summary>
    /// How many candidates a query's selective words (rarest first) and themes may make; the words past it only add
    /// to them. Above every CORDIS evaluation set's size, so it bounds large indexes only.
    /// </summary>
    public int CandidateBudget { get; init; } = 5_000;

    /// <summary>How many top text matches lend their partners to the graph factor ("worked with similar actors").</summary>
    public int GraphFeedbackDepth { get; init; } = 10;
}
