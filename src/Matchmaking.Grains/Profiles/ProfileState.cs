using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Grains.Profiles;

/// <summary>What a profile grain stores: its profile (null before the first write) and when it last changed.</summary>
public sealed class ProfileState<TProfile>
    where TProfile : ActorProfile
{
    public TProfile? Profile { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
