using Matchmaking.Abstractions.Proposals;

namespace Matchmaking.Grains.Proposals;

/// <summary>What a proposal grain stores: the proposal, null before it is created.</summary>
public sealed class ProposalState
{
    public Proposal? Proposal { get; set; }
}
