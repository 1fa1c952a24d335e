using Matchmaking.Matching.Index;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Matching.Teams;

/// <summary>
/// Forms ranked team proposals for a checked <see cref="TeamBrief"/>: candidate pools per role from the index, a
/// beam search over teams scored on coverage of the brief, pairwise two-sided fit and closeness in the
/// collaboration graph, then a batch evaluator (one actor in at most N proposals, near-duplicates merged).
/// Pure and thread-safe; reads the index under its read lock.
/// </summary>
public sealed class TeamFormation(MatchIndex index, MatchingWeights? weights = null)
{
    public MatchIndex Index { get; } = index;

    public MatchingWeights Weights { get; } = weights ?? MatchingWeights.Default;

    public IReadOnlyList<TeamProposal> Propose(TeamBrief brief) =>
        throw new NotImplementedException("Team formation lands with issue 4.");
}
