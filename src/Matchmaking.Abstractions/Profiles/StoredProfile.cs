using Matchmaking.Runtime;

namespace Matchmaking.Abstractions.Profiles;

/// <summary>A profile as stored: the profile, its version (the storage ETag) and when it last changed.</summary>
[GenerateSerializer, Immutable]
public sealed record StoredProfile<TProfile>(
    [property: Id(0)] TProfile Profile,
    [property: Id(1)] string Version,
    [property: Id(2)] DateTimeOffset UpdatedAt,
    [property: Id(3)] bool Created)
    where TProfile : ActorProfile;
