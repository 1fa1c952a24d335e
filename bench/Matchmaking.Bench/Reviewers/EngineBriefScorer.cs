using Matchmaking.Matching.Index;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Bench.Reviewers;

/// <summary>
/// The engine the company's way round: the participants are researcher profiles (earlier papers as description,
/// their titles as offers) and each rated paper is a brief; a participant's similarity to a paper is their score in
/// that brief's list (0 when not reached). Given the papers' vectors, each profile carries its papers' vectors as
/// passages and each brief its own vector, as the product's profiles and briefs will.
/// </summary>
public sealed class EngineBriefScorer(MatchingWeights? weights = null, string name = "engine", PaperVectors? vectors = null) : IReviewerScorer
{
    public string Name => name;

    public ReviewerPredictions Score(ReviewerSet set, IReadOnlyList<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(participants);
        var index = new MatchIndex();
        foreach (var participant in participants)
        {
            index.Upsert(ResearcherProfiles.Of(set, participant, vectors));
        }

        var predictions = participants.ToDictionary(p => p.Id, _ => new Dictionary<string, double>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var paperId in participants.SelectMany(p => p.Ratings).Select(r => r.PaperId).Distinct())
        {
            if (!set.Submissions.TryGetValue(paperId, out var paper))
            {
                continue;
            }

            var found = index.Suggest(new SuggestionQuery
            {
                Brief = paper.Text,
                BriefVector = vectors?[paper.Id],
                Top = participants.Count,
                Diversify = false,
                Explain = false,
            }, weights).ToDictionary(s => s.Key, s => s.Score, StringComparer.Ordinal);
            foreach (var participant in participants.Where(p => p.Ratings.Any(r => r.PaperId == paperId)))
            {
                predictions[participant.Id][paperId] = found.GetValueOrDefault(participant.Id);
            }
        }

        var result = new ReviewerPredictions();
        foreach (var (id, scores) in predictions)
        {
            result[id] = scores;
        }

        return result;
    }
}
