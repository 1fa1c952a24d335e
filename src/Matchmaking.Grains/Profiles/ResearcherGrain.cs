using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Directory;
using Matchmaking.Runtime;

namespace Matchmaking.Grains.Profiles;

public sealed class ResearcherGrain(
    [PersistentState(StorageNames.ProfileState, StorageNames.Profiles)] IPersistentState<ProfileState<ResearcherProfile>> state,
    ProfileRules rules,
    ActorDirectory directory,
    TimeProvider clock) : ProfileGrain<ResearcherProfile>(state, rules, directory, clock), IResearcherGrain
{
    protected override ActorKind Kind => ActorKind.Researcher;
}
