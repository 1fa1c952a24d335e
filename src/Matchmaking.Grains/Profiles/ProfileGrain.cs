using System.Text.Json;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Directory;
using Matchmaking.Runtime;

namespace Matchmaking.Grains.Profiles;

/// <summary>
/// An actor keeping its own profile. Every write is validated first and acknowledged only once
/// stored; the directory (lists, themes) learns of it after the store does.
/// </summary>
public abstract class ProfileGrain<TProfile>(
    IPersistentState<ProfileState<TProfile>> state,
    ProfileRules rules,
    ActorDirectory directory,
    TimeProvider clock) : Grain, IProfileGrain<TProfile>
    where TProfile : ActorProfile
{
    protected abstract ActorKind Kind { get; }

    public Task<StoredProfile<TProfile>?> GetAsync() => Task.FromResult(Current());

    public async Task<ProfileWriteResult<TProfile>> UpsertAsync(TProfile profile, string? expectedVersion = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var id = this.GetPrimaryKeyString();
        if (ActorIds.Problem(id) is { } idProblem)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["id"] = [idProblem] });
        }

        var candidate = rules.Normalize(profile);
        rules.Validate(candidate);
        if (expectedVersion is not null && expectedVersion != state.Etag)
        {
            throw new VersionConflictException(
                $"The {Kind.Name()} '{id}' is at version {state.Etag ?? "none"}, not {expectedVersion}.");
        }

        if (Current() is { } stored && SameContent(stored.Profile, candidate))
        {
            return new(stored, WriteOutcome.Unchanged);
        }

        var outcome = state.RecordExists ? WriteOutcome.Updated : WriteOutcome.Created;
        var previous = state.State;
        state.State = new ProfileState<TProfile> { Profile = candidate, UpdatedAt = clock.GetUtcNow() };
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Not acknowledged: the activation keeps what storage holds.
            state.State = previous;
            throw;
        }

        directory.Upsert(Kind, id, candidate);
        return new(Current()!, outcome);
    }

    public async Task<bool> DeleteAsync()
    {
        if (!state.RecordExists)
        {
            return false;
        }

        await state.ClearStateAsync();
        directory.Remove(Kind, this.GetPrimaryKeyString());
        return true;
    }

    private StoredProfile<TProfile>? Current() =>
        state.RecordExists && state.State.Profile is { } profile
            ? new StoredProfile<TProfile>(profile, state.Etag!, state.State.UpdatedAt)
            : null;

    // Records compare lists by reference, so content is compared in its stored form.
    private static bool SameContent(TProfile left, TProfile right) =>
        JsonSerializer.Serialize(left, MatchmakingJson.Options) == JsonSerializer.Serialize(right, MatchmakingJson.Options);
}
