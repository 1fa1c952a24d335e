using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Relations;
using Orleans;
using Orleans.Runtime;

namespace Matchmaking.Grains.Profiles;

public sealed class StartupGrain(
    [PersistentState(StorageNames.StartupProfile, StorageNames.Profiles)] IPersistentState<ProfileState<StartupProfile>> state,
    [PersistentState(StorageNames.StartupRelations, StorageNames.Profiles)] IPersistentState<RelationsState> relations,
    ProfileGrainServices services) : ProfileGrain<StartupProfile>(state, relations, services), IStartupGrain
{
    protected override ActorKind Kind => ActorKind.Startup;
}
