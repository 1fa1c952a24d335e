using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Grains.Profiles;

/// <summary>An actor's grain by kind, for the calls every kind answers.</summary>
public static class ActorGrains
{
    public static IMatchmakingActor Actor(this IGrainFactory grains, ActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Kind switch
        {
            ActorKind.Company => grains.GetGrain<ICompanyGrain>(actor.Id),
            ActorKind.Startup => grains.GetGrain<IStartupGrain>(actor.Id),
            ActorKind.Researcher => grains.GetGrain<IResearcherGrain>(actor.Id),
            _ => throw new ArgumentOutOfRangeException(nameof(actor), actor.Kind, null),
        };
    }
}
