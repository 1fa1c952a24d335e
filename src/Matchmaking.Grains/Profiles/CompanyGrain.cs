using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Relations;
using Orleans;
using Orleans.Runtime;

namespace Matchmaking.Grains.Profiles;

public sealed class CompanyGrain(
    [PersistentState(StorageNames.CompanyProfile, StorageNames.Profiles)] IPersistentState<ProfileState<CompanyProfile>> state,
    [PersistentState(StorageNames.CompanyRelations, StorageNames.Profiles)] IPersistentState<RelationsState> relations,
    ProfileGrainServices services) : ProfileGrain<CompanyProfile>(state, relations, services), ICompanyGrain
{
    protected override ActorKind Kind => ActorKind.Company;
}
