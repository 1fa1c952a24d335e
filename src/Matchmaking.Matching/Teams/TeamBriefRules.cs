using Matchmaking.Matching.Index;

namespace Matchmaking.Matching.Teams;

/// <summary>Checks a <see cref="TeamBrief"/> against the index: what is missing, unknown or contradictory, per field.</summary>
public static class TeamBriefRules
{
    /// <summary>Field name (themes, need, anchor, required, maxTeamSize, top, ...) → problems; empty when the brief is fine.</summary>
    public static IReadOnlyDictionary<string, string[]> Problems(TeamBrief brief, MatchIndex index) =>
        throw new NotImplementedException("Team formation lands with issue 4.");
}
