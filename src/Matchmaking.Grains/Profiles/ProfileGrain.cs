using System.Text.Json;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Grains.ReadModels;
using Matchmaking.Grains.Relations;
using Orleans;
using Orleans.Runtime;

namespace Matchmaking.Grains.Profiles;

/// <summary>
/// An actor keeping its own profile and its relations (feedback, collaborations) in two states. Every
/// write is validated first and acknowledged only once stored; the directory (lists, themes) and the
/// engine's index learn of it after the store does.
/// </summary>
public abstract class ProfileGrain<TProfile>(
    IPersistentState<ProfileState<TProfile>> state,
    IPersistentState<RelationsState> relations,
    ProfileGrainServices services) : Grain, IProfileGrain<TProfile>
    where TProfile : ActorProfile
{
    protected abstract ActorKind Kind { get; }

    private ActorRef Self => new(Kind, this.GetPrimaryKeyString());

    private string Record => $"{Kind.Name()} '{this.GetPrimaryKeyString()}'";

    public Task<StoredProfile<TProfile>?> GetAsync() => Task.FromResult(Readable());

    public async Task<ProfileWriteResult<TProfile>> UpsertAsync(TProfile profile, string? expectedVersion = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var id = this.GetPrimaryKeyString();
        if (ActorIds.Problem(id) is { } idProblem)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["id"] = [idProblem] });
        }

        var candidate = services.Rules.Normalize(profile);
        services.Rules.Validate(candidate, Self);
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
        state.State = new ProfileState<TProfile> { Profile = candidate, UpdatedAt = services.Clock.GetUtcNow() };
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

        var current = Current()!;
        Publish();
        return new(current, outcome);
    }

    public async Task<DateTimeOffset> ConfirmAsync()
    {
        if (Readable() is not { } stored)
        {
            throw new ActorNotFoundException(Self);
        }

        var now = services.Clock.GetUtcNow();
        var previous = state.State;
        state.State = new ProfileState<TProfile> { Profile = stored.Profile, UpdatedAt = now };
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = previous;
            throw;
        }

        Publish();
        return now;
    }

    public async Task<bool> DeleteAsync()
    {
        if (!state.RecordExists)
        {
            return false;
        }

        // Relations first: a failure in between leaves the actor with its profile, never relations without one.
        if (relations.RecordExists)
        {
            await relations.ClearStateAsync();
        }

        await state.ClearStateAsync();
        Publish();
        return true;
    }

    public Task<IReadOnlyList<SuggestionItem>?> GetSuggestionsAsync(SuggestionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Readable() is not { } stored)
        {
            return Task.FromResult<IReadOnlyList<SuggestionItem>?>(null);
        }

        if (!services.Matchmaker.Contains(Self))
        {
            Publish(); // the replica had not seen this actor yet (a write racing the load): the asker at least is known
        }

        var declined = relations.State.Declined.Select(d => d.Actor);
        return Task.FromResult<IReadOnlyList<SuggestionItem>?>(services.Matchmaker.SuggestFor(Self, request, declined));
    }

    public async Task<FeedbackRecord> RecordFeedbackAsync(Feedback feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        if (Readable() is null)
        {
            throw new ActorNotFoundException(Self);
        }

        var (target, reason) = FeedbackRules.Check(feedback, Self);
        if (!services.Directory.Contains(target))
        {
            throw new ActorNotFoundException(target, "the feedback's target");
        }

        var at = services.Clock.GetUtcNow();
        if (feedback.Decision == FeedbackDecision.Decline)
        {
            await WriteRelationsAsync(relations.State.Declining(target, reason, at));
        }
        else if (!relations.State.HasAccepted(target))
        {
            await WriteRelationsAsync(relations.State.Accepting(target));
        }

        return new FeedbackRecord(Self, target, feedback.Decision, reason, at);
    }

    public async Task AddCollaborationAsync(ActorRef partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        if (Readable() is null)
        {
            throw new ActorNotFoundException(Self);
        }

        if (partner == Self)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["partner"] = ["An actor does not collaborate with itself."] });
        }

        if (relations.State.Adding(partner, CollaborationSources.AcceptedByPartner) is { } next)
        {
            await WriteRelationsAsync(next);
        }
    }

    public Task<ActorRelations?> GetRelationsAsync() =>
        Task.FromResult(Readable() is { } stored ? relations.State.View(stored.Profile.Collaborations) : null);

    private async Task WriteRelationsAsync(RelationsState next)
    {
        var previous = relations.State;
        relations.State = next;
        try
        {
            await relations.WriteStateAsync();
        }
        catch
        {
            relations.State = previous;
            throw;
        }

        Publish();
    }

    // The silo's read models learn of every acknowledged write, with the storage versions that order them.
    private void Publish() =>
        services.Replica.ActorStored(
            Kind,
            this.GetPrimaryKeyString(),
            state.Etag,
            Current() is { } stored ? new ProfileSnapshot(stored.Profile, stored.UpdatedAt) : null,
            relations.Etag,
            relations.State);

    // The stored profile for reading and for changing relations: a profile or relations that could not be read are
    // answered as damaged (a write of the profile, or a delete, replaces them).
    private StoredProfile<TProfile>? Readable()
    {
        state.ThrowIfUnreadable(Record);
        relations.ThrowIfUnreadable($"{Record} (its relations)");
        return Current();
    }

    private StoredProfile<TProfile>? Current() =>
        state.RecordExists && state.State.Profile is { } profile
            ? new StoredProfile<TProfile>(profile, state.Etag!, state.State.UpdatedAt)
            : null;

    // Records compare lists by reference, so content is compared in its stored form.
    private static bool SameContent(TProfile left, TProfile right) =>
        JsonSerializer.Serialize(left, MatchmakingJson.Options) == JsonSerializer.Serialize(right, MatchmakingJson.Options);
}
