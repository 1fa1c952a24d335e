using Orleans;
using Orleans.Concurrency;

namespace Matchmaking.Abstractions.Proposals;

/// <summary>
/// One innovation project proposal (key: its id). Transitions out of order throw
/// <see cref="Errors.StateConflictException"/>; an unknown proposal <see cref="Errors.NotFoundException"/>.
/// </summary>
public interface IProposalGrain : IGrainWithStringKey
{
    /// <summary>The proposal, or null when there is none.</summary>
    [ReadOnly]
    Task<Proposal?> GetAsync();

    /// <summary>Stores a new draft (the coach grain does); a proposal with this id already there is a conflict.</summary>
    Task<Proposal> CreateAsync(Proposal draft);

    /// <summary>draft → proposed: the members can now accept or decline.</summary>
    Task<Proposal> SubmitAsync();

    /// <summary>
    /// A member accepts or declines (only while proposed). A member the proposal does not name:
    /// <see cref="Errors.ForbiddenException"/>. The same decision again changes nothing; changing it is a conflict.
    /// Every member accepting makes it accepted; one declining makes it declined.
    /// </summary>
    Task<Proposal> DecideAsync(ProposalDecision decision);

    /// <summary>accepted → started (idempotent once started). The caller then records the collaborations.</summary>
    Task<Proposal> StartAsync();

    /// <summary>Any state but started or dropped → dropped, with the coach's reason.</summary>
    Task<Proposal> DropAsync(string? reason);
}
