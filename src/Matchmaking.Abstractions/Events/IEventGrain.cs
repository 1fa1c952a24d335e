using Matchmaking.Abstractions.Profiles;
using Orleans;
using Orleans.Concurrency;

namespace Matchmaking.Abstractions.Events;

/// <summary>
/// An event or course of the hub (key: its id, a lowercase slug such as <c>corso-cybersecurity-2027</c>; events and
/// courses share one key space) with its registrations. One grain turn at a time, so seats are counted without races.
/// </summary>
public interface IEventGrain : IGrainWithStringKey
{
    /// <summary>The stored event, or null when there is none.</summary>
    [ReadOnly]
    Task<StoredEvent?> GetAsync();

    /// <summary>
    /// Creates or replaces the event after validating it (throws <see cref="Errors.ValidationFailedException"/>, e.g.
    /// for an end before the start or a capacity below the registrations, and changes nothing; a status it cannot
    /// go to, such as a cancelled event published again: <see cref="Errors.StateConflictException"/>). With
    /// <paramref name="expectedVersion"/>, replaces only that version (else <see cref="Errors.VersionConflictException"/>).
    /// A larger capacity moves waiting members up into the new seats.
    /// </summary>
    Task<EventWriteResult> UpsertAsync(HubEvent hubEvent, string? expectedVersion = null);

    /// <summary>Deletes the event and its registrations; false when there was none.</summary>
    Task<bool> DeleteAsync();

    /// <summary>
    /// Registers <paramref name="member"/>: a seat while there is one, else the end of the waiting list; again for a
    /// member already registered changes nothing. Throws <see cref="Errors.NotFoundException"/> when there is no event,
    /// <see cref="Errors.ActorNotFoundException"/> for an unknown member, <see cref="Errors.StateConflictException"/>
    /// unless the event is published.
    /// </summary>
    Task<RegistrationResult> RegisterAsync(ActorRef member);

    /// <summary>
    /// Cancels <paramref name="member"/>'s registration; a freed seat goes to the first member waiting. Throws
    /// <see cref="Errors.NotFoundException"/> when there is no event or no such registration.
    /// </summary>
    Task<CancellationResult> CancelRegistrationAsync(ActorRef member);
}
