using Orleans;

namespace Matchmaking.Abstractions.Proposals;

/// <summary>
/// Where an innovation project proposal stands: <c>draft → proposed → accepted | declined</c> (by its members),
/// then <c>started</c> (from accepted) or <c>dropped</c> (from any state but started), with reasons.
/// </summary>
[GenerateSerializer, Alias("mm.ProposalStatus")]
public enum ProposalStatus
{
    /// <summary>Formed by the engine for a coach; the members have not seen it.</summary>
    Draft,

    /// <summary>Sent to the members; waiting for each one's decision.</summary>
    Proposed,

    /// <summary>Every member accepted.</summary>
    Accepted,

    /// <summary>A member declined; its pairs are not proposed again.</summary>
    Declined,

    /// <summary>The project started: the members are collaborators.</summary>
    Started,

    /// <summary>The coach dropped it.</summary>
    Dropped,
}
