namespace Matchmaking.Bench.Reviewers;

/// <summary>Predictions in the set's own format: participant id → rated paper id → similarity.</summary>
public sealed class ReviewerPredictions : Dictionary<string, Dictionary<string, double>>
{
    public ReviewerPredictions()
        : base(StringComparer.Ordinal)
    {
    }

    public double? Of(string participant, string paper) =>
        TryGetValue(participant, out var papers) && papers.TryGetValue(paper, out var value) ? value : null;
}

/// <summary>A system that says how well each participant's earlier papers fit each paper they rated.</summary>
public interface IReviewerScorer
{
    string Name { get; }

    ReviewerPredictions Score(ReviewerSet set, IReadOnlyList<Participant> participants);
}
