using Matchmaking.Matching.Profiles;

namespace Matchmaking.Matching.Index;

/// <summary>
/// What a query reads of every candidate it touches before it knows whether the candidate is worth scoring:
/// kept in one flat array beside the actors, so that pre-ranking tens of thousands of candidates reads 32 bytes
/// each, in document order, instead of an actor object and a length table per field each.
/// </summary>
/// <param name="Type">The actor's kind.</param>
/// <param name="Candidate">Indexed and suggestible (false for removed, hidden and paused actors).</param>
/// <param name="MembersOnly">Shown to signed-in users only.</param>
/// <param name="PastProjects">The track record.</param>
/// <param name="TextLength">The number of terms in the text field (for BM25's length normalisation).</param>
/// <param name="SupplyLength">The number of terms in the offers.</param>
/// <param name="DemandLength">The number of terms in the needs.</param>
/// <param name="UpdatedTicks">When the profile was last written or confirmed (UTC ticks; 0 when unknown).</param>
internal readonly record struct DocumentFacts(
    ActorType Type,
    bool Candidate,
    bool MembersOnly,
    int PastProjects,
    int TextLength,
    int SupplyLength,
    int DemandLength,
    long UpdatedTicks);
