using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Relations;
using Matchmaking.Runtime;

namespace Matchmaking.Grains.Profiles;

public sealed class CompanyGrain(
    [PersistentState(StorageNames.ProfileState, StorageNames.Profiles)] IPersistentState<ProfileState<CompanyProfile>> state,
    [PersistentState(StorageNames.RelationsState, StorageNames.Profiles)] IPersistentState<RelationsState> relations,
    ProfileGrainServices services) : ProfileGrain<CompanyProfile>(state, relations, services), ICompanyGrain
{
    protected override ActorKind Kind => ActorKind.Company;
}
