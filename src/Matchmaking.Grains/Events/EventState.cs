using System.Text.Json.Serialization;
using Matchmaking.Abstractions.Events;
using Matchmaking.Storage;

namespace Matchmaking.Grains.Events;

/// <summary>What an event grain stores: the event (null before the first write), its registrations in order, when it last changed.</summary>
public sealed class EventState : IUnreadableState
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? Unreadable { get; set; }

    public HubEvent? Event { get; set; }

    /// <summary>Members with a seat, in the order they got it.</summary>
    public List<Registration> Registered { get; set; } = [];

    /// <summary>Members waiting for a seat, first come first.</summary>
    public List<Registration> Waiting { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }
}
