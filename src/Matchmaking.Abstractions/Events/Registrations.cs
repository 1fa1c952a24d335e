using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Abstractions.Events;

/// <summary>
/// A member's registration and when it was made (the waiting list's order); <see cref="Priority"/> when the member's
/// tier gives it priority on seats (it waits ahead of members without).
/// </summary>
[GenerateSerializer, Alias("mm.Registration"), Immutable]
public sealed record Registration(
    [property: Id(0)] ActorRef Member,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] bool Priority = false);

/// <summary>
/// An event or course as stored: its id, the event, its version (the storage ETag), when it last changed, the
/// members with a seat and those waiting, in order.
/// </summary>
[GenerateSerializer, Alias("mm.StoredEvent"), Immutable]
public sealed record StoredEvent(
    [property: Id(0)] string Id,
    [property: Id(1)] HubEvent Event,
    [property: Id(2)] string Version,
    [property: Id(3)] DateTimeOffset UpdatedAt,
    [property: Id(4)] IReadOnlyList<Registration> Registered,
    [property: Id(5)] IReadOnlyList<Registration> Waiting)
{
    /// <summary>Seats not taken.</summary>
    public int SeatsLeft => Math.Max(0, (Event.Capacity ?? 0) - Registered.Count);

    /// <summary>Whether <paramref name="member"/> has a seat or waits; null when it is not registered.</summary>
    public RegistrationStatus? StatusOf(ActorRef member) =>
        Registered.Any(r => r.Member == member) ? RegistrationStatus.Registered
        : Waiting.Any(r => r.Member == member) ? RegistrationStatus.Waiting
        : null;
}

/// <summary>The result of an event upsert: the stored event and what the write did.</summary>
[GenerateSerializer, Alias("mm.EventWriteResult"), Immutable]
public sealed record EventWriteResult(
    [property: Id(0)] StoredEvent Stored,
    [property: Id(1)] WriteOutcome Outcome);

/// <summary>
/// A registration's result: the member has a seat or waits (<see cref="Position"/>, from 1, on the waiting list);
/// <see cref="Created"/> is false when the member was registered already (nothing changed).
/// </summary>
[GenerateSerializer, Alias("mm.RegistrationResult"), Immutable]
public sealed record RegistrationResult(
    [property: Id(0)] StoredEvent Stored,
    [property: Id(1)] ActorRef Member,
    [property: Id(2)] RegistrationStatus Status,
    [property: Id(3)] int? Position,
    [property: Id(4)] bool Created);

/// <summary>A cancelled registration's result: the member that moved up from the waiting list into the seat, if any.</summary>
[GenerateSerializer, Alias("mm.CancellationResult"), Immutable]
public sealed record CancellationResult(
    [property: Id(0)] StoredEvent Stored,
    [property: Id(1)] ActorRef? MovedUp);
