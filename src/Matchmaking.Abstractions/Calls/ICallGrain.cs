using Orleans;
using Orleans.Concurrency;

namespace Matchmaking.Abstractions.Calls;

/// <summary>A funding call (key: its id, a lowercase slug such as <c>bando-hub-tecnologici-2027</c>).</summary>
public interface ICallGrain : IGrainWithStringKey
{
    /// <summary>The stored call, or null when there is none.</summary>
    [ReadOnly]
    Task<StoredCall?> GetAsync();

    /// <summary>
    /// Creates or replaces the call after validating it (throws <see cref="Errors.ValidationFailedException"/>, e.g.
    /// for a deadline before the opening, and changes nothing). With <paramref name="expectedVersion"/>, replaces
    /// only that version (else <see cref="Errors.VersionConflictException"/>).
    /// </summary>
    Task<CallWriteResult> UpsertAsync(FundingCall call, string? expectedVersion = null);

    /// <summary>Deletes the call; false when there was none.</summary>
    Task<bool> DeleteAsync();
}
