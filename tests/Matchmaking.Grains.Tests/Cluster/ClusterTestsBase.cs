using System.Text.Json;
using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Tests.Infrastructure;

namespace Matchmaking.Grains.Tests.Cluster;

/// <summary>A two-silo <see cref="GrainCluster"/> per test, and what the cluster tests share.</summary>
public abstract class ClusterTestsBase : IAsyncLifetime
{
    protected GrainCluster Cluster { get; } = new();

    protected ClusterSilo First => Cluster.Silos[0];

    protected ClusterSilo Second => Cluster.Silos[1];

    public virtual Task InitializeAsync() => Cluster.StartAsync();

    public virtual async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>The profile grain of an actor, as a grain reference (to ask where it is active).</summary>
    protected static IAddressable Grain(IGrainFactory grains, ActorRef actor) => actor.Kind switch
    {
        ActorKind.Company => grains.GetGrain<ICompanyGrain>(actor.Id),
        ActorKind.Startup => grains.GetGrain<IStartupGrain>(actor.Id),
        _ => grains.GetGrain<IResearcherGrain>(actor.Id),
    };

    /// <summary>Asserts that the actors' grains are active on <paramref name="silo"/> (where the test placed them).</summary>
    protected void AssertActiveOn(ClusterSilo silo, params ActorRef[] actors)
    {
        foreach (var actor in actors)
        {
            Assert.Equal(silo.Address, Cluster.Hosting(Grain(silo.Grains, actor))?.Address);
        }
    }

    /// <summary>Values as their JSON, so records holding lists compare by content.</summary>
    protected static string Json<T>(T value) => JsonSerializer.Serialize(value, MatchmakingJson.Options);
}
