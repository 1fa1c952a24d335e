using System.Text.Json;
using Matchmaking.Abstractions.Calls;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.ReadModels;
using Orleans;
using Orleans.Runtime;

namespace Matchmaking.Grains.Calls;

/// <summary>A funding call keeping itself: validated before it is written, on the silo's <see cref="CallBoard"/> once stored.</summary>
public sealed class CallGrain(
    [PersistentState(StorageNames.CallState, StorageNames.Profiles)] IPersistentState<CallState> state,
    CallRules rules,
    EcosystemReplica replica,
    TimeProvider clock) : Grain, ICallGrain
{
    public Task<StoredCall?> GetAsync()
    {
        state.ThrowIfUnreadable($"call '{this.GetPrimaryKeyString()}'");
        return Task.FromResult(Current());
    }

    public async Task<CallWriteResult> UpsertAsync(FundingCall call, string? expectedVersion = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        var id = this.GetPrimaryKeyString();
        if (ActorIds.Problem(id) is { } idProblem)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["id"] = [idProblem] });
        }

        var candidate = CallRules.Normalize(call);
        rules.Validate(candidate);
        if (expectedVersion is not null && expectedVersion != state.Etag)
        {
            throw new VersionConflictException($"The call '{id}' is at version {state.Etag ?? "none"}, not {expectedVersion}.");
        }

        if (Current() is { } stored && Same(stored.Call, candidate))
        {
            return new(stored, WriteOutcome.Unchanged);
        }

        var outcome = state.RecordExists ? WriteOutcome.Updated : WriteOutcome.Created;
        var previous = state.State;
        state.State = new CallState { Call = candidate, UpdatedAt = clock.GetUtcNow() };
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = previous;
            throw;
        }

        var current = Current()!;
        replica.CallStored(current.Id, state.Etag, current);
        return new(current, outcome);
    }

    public async Task<bool> DeleteAsync()
    {
        if (!state.RecordExists)
        {
            return false;
        }

        await state.ClearStateAsync();
        replica.CallStored(this.GetPrimaryKeyString(), state.Etag, null);
        return true;
    }

    private StoredCall? Current() =>
        state.RecordExists && state.State.Call is { } call
            ? new StoredCall(this.GetPrimaryKeyString(), call, state.Etag!, state.State.UpdatedAt)
            : null;

    private static bool Same(FundingCall left, FundingCall right) =>
        JsonSerializer.Serialize(left, MatchmakingJson.Options) == JsonSerializer.Serialize(right, MatchmakingJson.Options);
}
