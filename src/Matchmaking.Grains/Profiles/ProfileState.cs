using System.Text.Json.Serialization;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Storage;

namespace Matchmaking.Grains.Profiles;

/// <summary>What a profile grain stores: its profile (null before the first write) and when it last changed.</summary>
public sealed class ProfileState<TProfile> : IUnreadableState
    where TProfile : ActorProfile
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? Unreadable { get; set; }

    public TProfile? Profile { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
