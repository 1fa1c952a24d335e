using Matchmaking.Abstractions.Profiles;
using Orleans;
using Orleans.Concurrency;

namespace Matchmaking.Abstractions.Grains;

/// <summary>
/// An actor that keeps its own profile. The key is the actor's id, a lowercase slug
/// (<c>microdata</c>, <c>rossi-mario</c>).
/// </summary>
public interface IProfileGrain<TProfile> : IGrainWithStringKey, IMatchmakingActor
    where TProfile : ActorProfile
{
    /// <summary>The stored profile, or null when the actor does not exist.</summary>
    [ReadOnly]
    Task<StoredProfile<TProfile>?> GetAsync();

    /// <summary>
    /// Creates or replaces the profile after validating it (throws
    /// <see cref="Errors.ValidationFailedException"/> and changes nothing when it is not valid). With
    /// <paramref name="expectedVersion"/>, replaces only that version (else
    /// <see cref="Errors.VersionConflictException"/>). A profile equal to the stored one is not rewritten
    /// (<see cref="WriteOutcome.Unchanged"/>). Returns once the profile is durably stored.
    /// </summary>
    Task<ProfileWriteResult<TProfile>> UpsertAsync(TProfile profile, string? expectedVersion = null);

    /// <summary>Deletes the profile and the actor's feedback and collaborations; false when there was none.</summary>
    Task<bool> DeleteAsync();
}

/// <summary>A company (azienda).</summary>
public interface ICompanyGrain : IProfileGrain<CompanyProfile>;

/// <summary>An innovative startup.</summary>
public interface IStartupGrain : IProfileGrain<StartupProfile>;

/// <summary>A university researcher.</summary>
public interface IResearcherGrain : IProfileGrain<ResearcherProfile>;
