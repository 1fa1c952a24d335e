using System.Text.Json;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Spaces;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.ReadModels;
using Orleans;
using Orleans.Runtime;

namespace Matchmaking.Grains.Spaces;

/// <summary>
/// A co-working space keeping its description and accreditation. Every change is written before it is answered
/// (restored in memory when the write fails) and then shown to this silo's <see cref="SpaceBoard"/>.
/// </summary>
public sealed class SpaceGrain(
    [PersistentState(StorageNames.SpaceState, StorageNames.Profiles)] IPersistentState<SpaceState> state,
    SpaceBoard board,
    EcosystemReplica replica,
    TimeProvider clock) : Grain, ISpaceGrain
{
    private string Id => this.GetPrimaryKeyString();

    public Task<StoredSpace?> GetAsync()
    {
        state.ThrowIfUnreadable($"space '{Id}'");
        return Task.FromResult(Current());
    }

    public async Task<SpaceWriteResult> UpsertAsync(CoworkingSpace space, string? expectedVersion = null)
    {
        ArgumentNullException.ThrowIfNull(space);
        if (ActorIds.Problem(Id) is { } idProblem)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["id"] = [idProblem] });
        }

        var candidate = SpaceRules.Normalize(space);
        SpaceRules.Validate(candidate);
        if (expectedVersion is not null && expectedVersion != state.Etag)
        {
            throw new VersionConflictException($"The space '{Id}' is at version {state.Etag ?? "none"}, not {expectedVersion}.");
        }

        state.ThrowIfUnreadable($"space '{Id}'");
        var stored = Current();
        if (stored is not null && Same(stored.Space, candidate))
        {
            return new(stored, WriteOutcome.Unchanged);
        }

        await WriteAsync(new SpaceState { Space = candidate, Accreditation = stored?.Accreditation ?? Accreditation.None, UpdatedAt = clock.GetUtcNow() });
        return new(Current()!, stored is null ? WriteOutcome.Created : WriteOutcome.Updated);
    }

    public async Task<bool> DeleteAsync()
    {
        if (!state.RecordExists)
        {
            return false;
        }

        await state.ClearStateAsync();
        state.State = new SpaceState();
        replica.Stored(StorageNames.SpaceState, Id, state.Etag, () => board.Remove(Id));
        return true;
    }

    public async Task<StoredSpace> AccreditAsync(bool accredited, string by, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        state.ThrowIfUnreadable($"space '{Id}'");
        var stored = Current() ?? throw NotFoundException.Of($"co-working space '{Id}'");
        note = Text.Tidy(note);
        if (note?.Length > Accreditation.MaxNoteLength)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["note"] = [$"At most {Accreditation.MaxNoteLength} characters ({note.Length} given)."] });
        }

        var status = accredited ? AccreditationStatus.Accredited : AccreditationStatus.Withdrawn;
        if (stored.Accreditation.Status == status)
        {
            return stored;
        }

        if (status == AccreditationStatus.Withdrawn && stored.Accreditation.Status == AccreditationStatus.Pending)
        {
            throw new StateConflictException($"The space '{Id}' was never accredited: there is no accreditation to withdraw.");
        }

        var now = clock.GetUtcNow();
        await WriteAsync(new SpaceState { Space = stored.Space, Accreditation = new Accreditation(status, now, by, note), UpdatedAt = now });
        return Current()!;
    }

    private async Task WriteAsync(SpaceState next)
    {
        await state.WriteOrRestoreAsync(next);
        var stored = Current()!;
        replica.Stored(StorageNames.SpaceState, Id, state.Etag, () => board.Upsert(stored));
    }

    private StoredSpace? Current() => state.RecordExists ? state.State.ToStored(Id, state.Etag) : null;

    private static bool Same(CoworkingSpace left, CoworkingSpace right) =>
        JsonSerializer.Serialize(left, MatchmakingJson.Options) == JsonSerializer.Serialize(right, MatchmakingJson.Options);
}
