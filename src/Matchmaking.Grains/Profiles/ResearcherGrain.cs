using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Relations;
using Orleans;
using Orleans.Runtime;

namespace Matchmaking.Grains.Profiles;

public sealed class ResearcherGrain(
    [PersistentState(StorageNames.ResearcherProfile, StorageNames.Profiles)] IPersistentState<ProfileState<ResearcherProfile>> state,
    [PersistentState(StorageNames.ResearcherRelations, StorageNames.Profiles)] IPersistentState<RelationsState> relations,
    ProfileGrainServices services) : ProfileGrain<ResearcherProfile>(state, relations, services), IResearcherGrain
{
    protected override ActorKind Kind => ActorKind.Researcher;
}
