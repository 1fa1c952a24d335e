namespace Matchmaking.Matching.Scoring;

/// <summary>One candidate's value on each factor, each in [0, 1].</summary>
internal sealed record FactorValues
{
    public double Needs { get; init; }

    public double Offers { get; init; }

    public double Mutual { get; init; }

    public double Themes { get; init; }

    public double Text { get; init; }

    public double Graph { get; init; }

    public double Proximity { get; init; }

    public double Kind { get; init; }

    public double TrackRecord { get; init; }

    public double Stage { get; init; }

    public double Freshness { get; init; }

    /// <summary>Each factor's weighted contribution, by factor name as the API shows it.</summary>
    public IEnumerable<(string Factor, double Contribution)> Contributions(MatchingWeights w) =>
    [
        ("needs", w.Needs * Needs),
        ("offers", w.Offers * Offers),
        ("mutual", w.Mutual * Mutual),
        ("themes", w.Themes * Themes),
        ("text", w.Text * Text),
        ("graph", w.Graph * Graph),
        ("proximity", w.Proximity * Proximity),
        ("kind", w.Kind * Kind),
        ("track-record", w.TrackRecord * TrackRecord),
        ("stage", w.Stage * Stage),
        ("freshness", w.Freshness * Freshness),
    ];

    public double Weighted(MatchingWeights w) =>
        (w.Needs * Needs) + (w.Offers * Offers) + (w.Mutual * Mutual) + (w.Themes * Themes) + (w.Text * Text)
        + (w.Graph * Graph) + (w.Proximity * Proximity) + (w.Kind * Kind) + (w.TrackRecord * TrackRecord)
        + (w.Stage * Stage) + (w.Freshness * Freshness);
}

/// <summary>A scored candidate: its document, factor values, total and past joint projects with the asker.</summary>
internal sealed record Scored(int Document, FactorValues Factors, double Score, int SharedProjects);
