using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Grains.Profiles;
using Orleans;

namespace Matchmaking.Grains.Relations;

/// <summary>
/// Takes an actor's feedback on a suggested actor: records it on the actor, and an acceptance as a
/// collaboration on the target as well. The two grains are called one after the other, never one from
/// inside the other, so two actors accepting each other at the same moment cannot deadlock (our grains are
/// not reentrant). Both steps are idempotent: sending the same feedback again completes a half-done one.
/// </summary>
public sealed class FeedbackDesk(IGrainFactory grains)
{
    /// <summary>Records the feedback; throws ActorNotFoundException / ValidationFailedException as the grain does.</summary>
    public async Task<FeedbackRecord> SendAsync(ActorRef actor, Feedback feedback)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var record = await grains.Actor(actor).RecordFeedbackAsync(feedback);
        if (record.Decision == FeedbackDecision.Accept)
        {
            await grains.Actor(record.Target).AddCollaborationAsync(actor);
        }

        return record;
    }
}
