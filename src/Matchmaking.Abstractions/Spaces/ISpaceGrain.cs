using Orleans;
using Orleans.Concurrency;

namespace Matchmaking.Abstractions.Spaces;

/// <summary>A co-working space (key: its id, a lowercase slug such as <c>officina-liberty</c>) and its accreditation.</summary>
public interface ISpaceGrain : IGrainWithStringKey
{
    /// <summary>The stored space, or null when there is none.</summary>
    [ReadOnly]
    Task<StoredSpace?> GetAsync();

    /// <summary>
    /// Creates or replaces the space's description after validating it (<see cref="Errors.ValidationFailedException"/>,
    /// e.g. more free seats than seats; nothing changes); its accreditation is kept. With
    /// <paramref name="expectedVersion"/>, replaces only that version (else <see cref="Errors.VersionConflictException"/>).
    /// </summary>
    Task<SpaceWriteResult> UpsertAsync(CoworkingSpace space, string? expectedVersion = null);

    /// <summary>Deletes the space; false when there was none.</summary>
    Task<bool> DeleteAsync();

    /// <summary>
    /// Accredits the space (<paramref name="accredited"/>) or withdraws its accreditation, recording when, by whom and
    /// why; the same status again changes nothing. Throws <see cref="Errors.NotFoundException"/> when there is no space,
    /// <see cref="Errors.StateConflictException"/> when withdrawing a space never accredited.
    /// </summary>
    Task<StoredSpace> AccreditAsync(bool accredited, string by, string? note = null);
}
