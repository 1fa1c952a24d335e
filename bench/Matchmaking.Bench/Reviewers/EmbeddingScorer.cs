namespace Matchmaking.Bench.Reviewers;

/// <summary>
/// Sentence embeddings: the cosine between the rated paper and each profile paper, the mean of the
/// <c>closest</c> (best passages, as the published systems aggregate).
/// </summary>
public sealed class EmbeddingScorer(PaperVectors vectors, int closest = 3, string name = "embedding") : IReviewerScorer
{
    public string Name => name;

    public ReviewerPredictions Score(ReviewerSet set, IReadOnlyList<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(participants);
        var predictions = new ReviewerPredictions();
        foreach (var participant in participants)
        {
            var archive = set.ArchiveOf(participant.Id).Select(p => vectors[p.Id]).ToArray();
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var rating in participant.Ratings.Where(r => set.Submissions.ContainsKey(r.PaperId)))
            {
                var paper = vectors[rating.PaperId];
                scores[rating.PaperId] = Passages.MeanOfClosest(archive.Select(a => (double)paper.Dot(a)), closest);
            }

            predictions[participant.Id] = scores;
        }

        return predictions;
    }
}
