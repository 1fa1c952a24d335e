using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Grains.Relations;
using Orleans;

namespace Matchmaking.Grains.Proposals;

/// <summary>
/// Starts a proposal and turns its team into collaborations: every pair of members becomes collaborators on both
/// sides through the <see cref="FeedbackDesk"/>, so the engine's graph and track record learn of it. The proposal
/// grain and the actors are called one after the other (never one from inside another); starting again completes
/// a start interrupted half-way.
/// </summary>
public sealed class ProposalDesk(IGrainFactory grains, FeedbackDesk feedback)
{
    public async Task<Proposal> StartAsync(string id)
    {
        var proposal = await grains.GetGrain<IProposalGrain>(id).StartAsync();
        var members = proposal.Members;
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                try
                {
                    await feedback.SendAsync(members[i].Actor, new Feedback(members[j].Actor, FeedbackDecision.Accept, $"project {proposal.Id}"));
                }
                catch (ActorNotFoundException)
                {
                    // A member deleted since: the others still become collaborators.
                }
            }
        }

        return proposal;
    }
}
