using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;

namespace Matchmaking.Silo.Pages;

/// <summary>
/// A proposal as a card (<c>Shared/_Proposal.cshtml</c>): the team as a graph, reasons with bars, matching calls,
/// status and history. <see cref="CoachActions"/> shows the coach's buttons; <see cref="DecideAs"/> the member's
/// accept/decline, posted to <see cref="DecideUrl"/>.
/// </summary>
public sealed record ProposalCard(Proposal Proposal, bool CoachActions = false, ActorRef? DecideAs = null, string? DecideUrl = null)
{
    /// <summary>Whether the actor may be linked (false for members the viewer may not see).</summary>
    public Func<ActorRef, bool> CanLink { get; init; } = _ => true;
}
