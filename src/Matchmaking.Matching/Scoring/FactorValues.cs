namespace Matchmaking.Matching.Scoring;

/// <summary>
/// One candidate's value on each factor, each in [0, 1]. Fit (needs, offers, mutual, themes, text) says the candidate
/// answers the query; the asker's own network (<see cref="Graph"/>: past partners and theirs) is a fact about the
/// pair; the evidence of ability (track record, having worked with the query's best matches) counts in proportion
/// to the fit (<see cref="FitShare"/>), so it orders fitting candidates and cannot lift one that does not fit;
/// context (proximity, kind, stage, freshness) adds a little.
/// </summary>
internal sealed record FactorValues
{
    public double Needs { get; init; }

    public double Offers { get; init; }

    public double Mutual { get; init; }

    public double Themes { get; init; }

    public double Text { get; init; }

    /// <summary>Closeness in meaning (sentence embeddings: the brief's or the asker's against the candidate's passages).</summary>
    public double Semantic { get; init; }

    /// <summary>The asker's network: its past partners and their partners (up to 0.7).</summary>
    public double Graph { get; init; }

    /// <summary>Worked with the query's best text matches ("similar actors", up to 0.5): evidence of ability.</summary>
    public double Feedback { get; init; }

    public double Proximity { get; init; }

    public double Kind { get; init; }

    public double TrackRecord { get; init; }

    public double Stage { get; init; }

    public double Freshness { get; init; }

    /// <summary>
    /// The candidate's fit over the best fit among the query's scored candidates, in [0, 1]: how much of its evidence
    /// counts. Set once that best fit is known, after every candidate's factors.
    /// </summary>
    public double FitShare { get; set; }

    /// <summary>Each factor's weighted contribution, by factor name as the API shows it.</summary>
    public IEnumerable<(string Factor, double Contribution)> Contributions(MatchingWeights w) =>
    [
        ("needs", w.Needs * Needs),
        ("offers", w.Offers * Offers),
        ("mutual", w.Mutual * Mutual),
        ("themes", w.Themes * Themes),
        ("text", w.Text * Text),
        ("semantic", w.Semantic * Semantic),
        ("graph", w.Graph * GraphTotal),
        ("proximity", w.Proximity * Proximity),
        ("kind", w.Kind * Kind),
        ("track-record", FitShare * w.TrackRecord * TrackRecord),
        ("stage", w.Stage * Stage),
        ("freshness", w.Freshness * Freshness),
    ];

    /// <summary>How well the candidate answers the query: the weighted fit factors.</summary>
    public double Fit(MatchingWeights w) =>
        (w.Needs * Needs) + (w.Offers * Offers) + (w.Mutual * Mutual) + (w.Themes * Themes) + (w.Text * Text) + (w.Semantic * Semantic);

    /// <summary>The graph factor as it counts: the network, and the feedback in proportion to the fit, at most 1.</summary>
    public double GraphTotal => Math.Min(1, Graph + (FitShare * Feedback));

    public double Weighted(MatchingWeights w) =>
        Fit(w) + (w.Graph * GraphTotal) + (FitShare * w.TrackRecord * TrackRecord)
        + (w.Proximity * Proximity) + (w.Kind * Kind) + (w.Stage * Stage) + (w.Freshness * Freshness);
}

/// <summary>A scored candidate: its document, factor values, total and past joint projects with the asker.</summary>
internal sealed record Scored(int Document, FactorValues Factors, double Score, int SharedProjects, bool Stale = false);
