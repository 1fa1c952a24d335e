using System.Text.Json.Serialization;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Storage;

namespace Matchmaking.Grains.Proposals;

/// <summary>What a proposal grain stores: the proposal, null before it is created.</summary>
public sealed class ProposalState : IUnreadableState
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? Unreadable { get; set; }

    public Proposal? Proposal { get; set; }
}
