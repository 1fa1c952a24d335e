namespace Matchmaking.Bench.Reviewers;

/// <summary>
/// Two systems together without a learned weight: each participant's scores of one system divided by that
/// participant's best, then averaged with the other's the same way (untuned: equal shares).
/// </summary>
public sealed class FusedScorer(IReviewerScorer first, IReviewerScorer second) : IReviewerScorer
{
    public string Name => $"{first.Name}+{second.Name}";

    public ReviewerPredictions Score(ReviewerSet set, IReadOnlyList<Participant> participants)
    {
        var a = first.Score(set, participants);
        var b = second.Score(set, participants);
        var fused = new ReviewerPredictions();
        foreach (var (participant, scores) in a)
        {
            var other = b.GetValueOrDefault(participant) ?? [];
            var bestA = Best(scores.Values);
            var bestB = Best(other.Values);
            fused[participant] = scores.ToDictionary(
                s => s.Key,
                s => (s.Value / bestA + other.GetValueOrDefault(s.Key) / bestB) / 2,
                StringComparer.Ordinal);
        }

        return fused;
    }

    private static double Best(IEnumerable<double> scores)
    {
        var best = scores.DefaultIfEmpty(0).Max();
        return best > 0 ? best : 1;
    }
}
