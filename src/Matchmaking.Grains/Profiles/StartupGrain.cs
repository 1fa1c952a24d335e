using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Relations;
using Matchmaking.Runtime;

namespace Matchmaking.Grains.Profiles;

public sealed class StartupGrain(
    [PersistentState(StorageNames.ProfileState, StorageNames.Profiles)] IPersistentState<ProfileState<StartupProfile>> state,
    [PersistentState(StorageNames.RelationsState, StorageNames.Profiles)] IPersistentState<RelationsState> relations,
    ProfileGrainServices services) : ProfileGrain<StartupProfile>(state, relations, services), IStartupGrain
{
    protected override ActorKind Kind => ActorKind.Startup;
}
