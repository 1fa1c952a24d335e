using Orleans;

namespace Matchmaking.Abstractions.Profiles;

/// <summary>A profile as stored: the profile, its version (the storage ETag) and when it last changed.</summary>
[GenerateSerializer, Alias("mm.StoredProfile`1"), Immutable]
public sealed record StoredProfile<TProfile>(
    [property: Id(0)] TProfile Profile,
    [property: Id(1)] string Version,
    [property: Id(2)] DateTimeOffset UpdatedAt)
    where TProfile : ActorProfile;

/// <summary>What a profile write did.</summary>
[GenerateSerializer, Alias("mm.WriteOutcome")]
public enum WriteOutcome
{
    /// <summary>No profile existed; it was created.</summary>
    Created,

    /// <summary>The stored profile was replaced.</summary>
    Updated,

    /// <summary>The profile equalled the stored one; nothing was written.</summary>
    Unchanged,
}

/// <summary>The result of an upsert: the stored profile and what the write did.</summary>
[GenerateSerializer, Alias("mm.ProfileWriteResult`1"), Immutable]
public sealed record ProfileWriteResult<TProfile>(
    [property: Id(0)] StoredProfile<TProfile> Stored,
    [property: Id(1)] WriteOutcome Outcome)
    where TProfile : ActorProfile;
