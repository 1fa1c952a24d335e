using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Directory;
using Matchmaking.Runtime;

namespace Matchmaking.Grains.Profiles;

public sealed class CompanyGrain(
    [PersistentState(StorageNames.ProfileState, StorageNames.Profiles)] IPersistentState<ProfileState<CompanyProfile>> state,
    ProfileRules rules,
    ActorDirectory directory,
    TimeProvider clock) : ProfileGrain<CompanyProfile>(state, rules, directory, clock), ICompanyGrain
{
    protected override ActorKind Kind => ActorKind.Company;
}
