using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Reviewers;

/// <summary>
/// The lexical reference measured in the same run: TF-IDF cosine (log-scaled term frequency, idf over the set's
/// papers) between the rated paper and each profile paper, the mean of the 3 closest (as the set's README states it).
/// </summary>
public sealed class TfIdfScorer(int closest = 3) : IReviewerScorer
{
    public string Name => "tfidf";

    public ReviewerPredictions Score(ReviewerSet set, IReadOnlyList<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(participants);
        var documents = set.Submissions.Values.Concat(set.Archives.Values.SelectMany(a => a)).DistinctBy(p => p.Id).ToArray();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paper in documents)
        {
            foreach (var term in Tokenizer.Tokens(paper.Text).Distinct())
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        var vectors = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        Dictionary<string, double> VectorOf(Paper paper)
        {
            if (!vectors.TryGetValue(paper.Id, out var vector))
            {
                vector = Weigh(paper.Text, frequency, documents.Length);
                vectors[paper.Id] = vector;
            }

            return vector;
        }

        var predictions = new ReviewerPredictions();
        foreach (var participant in participants)
        {
            var archive = set.ArchiveOf(participant.Id).Select(VectorOf).ToArray();
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var rating in participant.Ratings)
            {
                if (set.Submissions.TryGetValue(rating.PaperId, out var paper))
                {
                    var query = VectorOf(paper);
                    scores[rating.PaperId] = Passages.MeanOfClosest(archive.Select(a => Cosine(query, a)), closest);
                }
            }

            predictions[participant.Id] = scores;
        }

        return predictions;
    }

    private static Dictionary<string, double> Weigh(string text, Dictionary<string, int> frequency, int documents)
    {
        var counts = Tokenizer.Tokens(text).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var vector = counts.ToDictionary(
            c => c.Key,
            c => (1 + Math.Log(c.Value)) * Math.Log((1.0 + documents) / (1 + frequency.GetValueOrDefault(c.Key))),
            StringComparer.Ordinal);
        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        return norm == 0 ? vector : vector.ToDictionary(v => v.Key, v => v.Value / norm, StringComparer.Ordinal);
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.Sum(term => large.TryGetValue(term.Key, out var other) ? term.Value * other : 0);
    }
}
