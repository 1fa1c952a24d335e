using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Bench.Reviewers;

/// <summary>
/// The product's engine without embeddings: each participant is a researcher profile (earlier papers as
/// description, their titles as what the researcher offers), each rated paper a profile that needs its title and
/// describes its abstract; the participant asks for partners among the papers, and a paper's score in that one
/// list is its similarity (papers the engine does not reach score 0). One list per participant keeps the scores of
/// the papers a participant rated comparable with each other, which is all the metric reads.
/// </summary>
public sealed class EngineTextScorer(MatchingWeights? weights = null, string name = "engine") : IReviewerScorer
{
    private const string PaperPrefix = "paper/";

    public string Name => name;

    public ReviewerPredictions Score(ReviewerSet set, IReadOnlyList<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(participants);
        var index = new MatchIndex();
        foreach (var paper in set.Submissions.Values)
        {
            index.Upsert(new MatchProfile
            {
                Key = PaperPrefix + paper.Id,
                Type = ActorType.Company,
                Name = paper.Title,
                Description = paper.Abstract,
                Needs = [paper.Title],
            });
        }

        foreach (var participant in participants)
        {
            index.Upsert(ResearcherProfiles.Of(set, participant, suggestible: false));
        }

        var predictions = new ReviewerPredictions();
        foreach (var participant in participants)
        {
            var suggestions = index.Suggest(new SuggestionQuery
            {
                AskerKey = participant.Id,
                Targets = new HashSet<ActorType> { ActorType.Company },
                Top = set.Submissions.Count,
                Diversify = false,
                Explain = false,
            }, weights);
            var found = suggestions.ToDictionary(s => s.Key, s => s.Score, StringComparer.Ordinal);
            predictions[participant.Id] = participant.Ratings
                .Where(r => set.Submissions.ContainsKey(r.PaperId))
                .ToDictionary(r => r.PaperId, r => found.GetValueOrDefault(PaperPrefix + r.PaperId), StringComparer.Ordinal);
        }

        return predictions;
    }
}
