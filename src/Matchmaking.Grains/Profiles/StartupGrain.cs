using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Directory;
using Matchmaking.Runtime;

namespace Matchmaking.Grains.Profiles;

public sealed class StartupGrain(
    [PersistentState(StorageNames.ProfileState, StorageNames.Profiles)] IPersistentState<ProfileState<StartupProfile>> state,
    ProfileRules rules,
    ActorDirectory directory,
    TimeProvider clock) : ProfileGrain<StartupProfile>(state, rules, directory, clock), IStartupGrain
{
    protected override ActorKind Kind => ActorKind.Startup;
}
