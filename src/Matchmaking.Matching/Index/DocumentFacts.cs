using Matchmaking.Matching.Profiles;

namespace Matchmaking.Matching.Index;

/// <summary>
/// What a query reads of every candidate it touches before it knows whether the candidate is worth scoring:
/// kept in one flat array beside the actors, so that pre-ranking tens of thousands of candidates reads 8 bytes
/// each instead of an actor object each.
/// </summary>
/// <param name="Type">The actor's kind.</param>
/// <param name="Candidate">Indexed and suggestible (false for removed, hidden and paused actors).</param>
/// <param name="MembersOnly">Shown to signed-in users only.</param>
/// <param name="PastProjects">The track record.</param>
internal readonly record struct DocumentFacts(ActorType Type, bool Candidate, bool MembersOnly, int PastProjects);
