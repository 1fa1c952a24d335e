using System.Text.Json.Serialization;
using Matchmaking.Abstractions.Spaces;
using Matchmaking.Storage;

namespace Matchmaking.Grains.Spaces;

/// <summary>What a space grain stores: the space (null before the first write), its accreditation, when it last changed.</summary>
public sealed class SpaceState : IUnreadableState
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? Unreadable { get; set; }

    public CoworkingSpace? Space { get; set; }

    public Accreditation Accreditation { get; set; } = Accreditation.None;

    public DateTimeOffset UpdatedAt { get; set; }

    public StoredSpace? ToStored(string id, string? etag) =>
        Space is { } space && etag is not null && Unreadable is null ? new StoredSpace(id, space, Accreditation, etag, UpdatedAt) : null;
}
