using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Semantics;

namespace Matchmaking.Bench.Reviewers;

/// <summary>A participant as the product would hold a researcher: earlier papers as description, their titles as offers.</summary>
internal static class ResearcherProfiles
{
    /// <summary>The profile; with <paramref name="vectors"/>, its papers' vectors as passages and their mean as the whole.</summary>
    public static MatchProfile Of(ReviewerSet set, Participant participant, PaperVectors? vectors = null, bool suggestible = true)
    {
        var archive = set.ArchiveOf(participant.Id);
        return new MatchProfile
        {
            Key = participant.Id,
            Type = ActorType.Researcher,
            Description = string.Join("\n", archive.Select(p => p.Text)),
            Offers = [.. archive.Select(p => p.Title).Where(t => t.Length > 0)],
            Vectors = vectors is null || archive.Count == 0 ? null : new ProfileVectors(vectors.Centroid(archive), [.. archive.Select(p => vectors[p.Id])]),
            Suggestible = suggestible,
        };
    }
}
