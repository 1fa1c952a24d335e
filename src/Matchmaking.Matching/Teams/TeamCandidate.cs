using Matchmaking.Matching.Index;

namespace Matchmaking.Matching.Teams;

/// <summary>An actor that can be in a team: how well it answers the brief alone (0..1) and which need slots it covers.</summary>
internal sealed record TeamCandidate(IndexedActor Actor, double Relevance, double[] Hits);

/// <summary>A team found by the search: members (indices of the search's candidates), the role each fills, its score and parts,
/// and its key (its member documents, ascending) once kept.</summary>
internal sealed record ScoredTeam(int[] Members, TeamRole[] Roles, double Score, double Relevance, double Coverage, double Pair, string Key);
