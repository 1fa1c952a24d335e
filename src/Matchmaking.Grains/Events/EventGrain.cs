using System.Text.Json;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.ReadModels;
using Orleans;
using Orleans.Runtime;

namespace Matchmaking.Grains.Events;

/// <summary>
/// An event or course keeping itself and its registrations. Orleans runs one request of a grain at a time (this
/// grain is not reentrant), so a seat is counted and taken in one turn: concurrent sign-ups never take more seats
/// than there are. Every change is written before it is answered, and restored in memory when the write fails.
/// </summary>
public sealed class EventGrain(
    [PersistentState(StorageNames.EventState, StorageNames.Profiles)] IPersistentState<EventState> state,
    EventRules rules,
    EcosystemReplica replica,
    Directory.ActorDirectory directory,
    TierEffects tiers,
    TimeProvider clock) : Grain, IEventGrain
{
    private string Id => this.GetPrimaryKeyString();

    public Task<StoredEvent?> GetAsync()
    {
        state.ThrowIfUnreadable($"event '{Id}'");
        return Task.FromResult(Current());
    }

    public async Task<EventWriteResult> UpsertAsync(HubEvent hubEvent, string? expectedVersion = null)
    {
        ArgumentNullException.ThrowIfNull(hubEvent);
        if (ActorIds.Problem(Id) is { } idProblem)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["id"] = [idProblem] });
        }

        var candidate = EventRules.Normalize(hubEvent);
        rules.Validate(candidate);
        if (expectedVersion is not null && expectedVersion != state.Etag)
        {
            throw new VersionConflictException($"The event '{Id}' is at version {state.Etag ?? "none"}, not {expectedVersion}.");
        }

        var stored = Current();
        if (stored is not null)
        {
            CheckChange(stored, candidate);
            if (Same(stored.Event, candidate))
            {
                return new(stored, WriteOutcome.Unchanged);
            }
        }

        var outcome = stored is null ? WriteOutcome.Created : WriteOutcome.Updated;
        var registered = new List<Registration>(state.State.Registered);
        var waiting = new List<Registration>(state.State.Waiting);
        if (candidate.Status == EventStatus.Published)
        {
            MoveUp(registered, waiting, candidate.Capacity!.Value);
        }

        await WriteAsync(new EventState { Event = candidate, Registered = registered, Waiting = waiting, UpdatedAt = clock.GetUtcNow() });
        return new(Current()!, outcome);
    }

    public async Task<bool> DeleteAsync()
    {
        if (!state.RecordExists)
        {
            return false;
        }

        await state.ClearStateAsync();
        state.State = new EventState();
        replica.EventStored(Id, state.Etag, null);
        return true;
    }

    public async Task<RegistrationResult> RegisterAsync(ActorRef member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var stored = Existing();
        if (stored.Event.Status != EventStatus.Published)
        {
            throw new StateConflictException(stored.Event.Status switch
            {
                EventStatus.Cancelled => $"The {stored.Event.Kind.Name()} '{Id}' is cancelled: it takes no registrations.",
                EventStatus.Held => $"The {stored.Event.Kind.Name()} '{Id}' has been held: it takes no registrations.",
                _ => $"The {stored.Event.Kind.Name()} '{Id}' is a draft: registrations open when it is published.",
            });
        }

        if (stored.StatusOf(member) is { } already)
        {
            return Result(member, already, created: false);
        }

        if (!Enum.IsDefined(member.Kind) || !ActorIds.IsValid(member.Id) || await GrainFactory.Actor(member).GetRelationsAsync() is null)
        {
            throw new ActorNotFoundException(member, "the registering member");
        }

        var registration = new Registration(member, clock.GetUtcNow(), tiers.HasSeatPriority(directory.MembershipsOf(member)));
        var registered = new List<Registration>(state.State.Registered);
        var waiting = new List<Registration>(state.State.Waiting);
        var status = registered.Count < stored.Event.Capacity!.Value ? RegistrationStatus.Registered : RegistrationStatus.Waiting;
        if (status == RegistrationStatus.Registered)
        {
            registered.Add(registration);
        }
        else
        {
            // A member with priority waits ahead of those without, after those with it who came first.
            var at = registration.Priority ? waiting.FindIndex(r => !r.Priority) : -1;
            waiting.Insert(at < 0 ? waiting.Count : at, registration);
        }
        await WriteAsync(new EventState { Event = state.State.Event, Registered = registered, Waiting = waiting, UpdatedAt = registration.At });
        return Result(member, status, created: true);
    }

    public async Task<CancellationResult> CancelRegistrationAsync(ActorRef member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var stored = Existing();
        if (stored.StatusOf(member) is null)
        {
            throw NotFoundException.Of($"registration of {member} for the {stored.Event.Kind.Name()} '{Id}'");
        }

        var registered = state.State.Registered.Where(r => r.Member != member).ToList();
        var waiting = state.State.Waiting.Where(r => r.Member != member).ToList();
        var before = registered.Count;
        if (stored.Event.Status == EventStatus.Published)
        {
            MoveUp(registered, waiting, stored.Event.Capacity!.Value);
        }

        var movedUp = registered.Count > before ? registered[^1].Member : null;
        await WriteAsync(new EventState { Event = state.State.Event, Registered = registered, Waiting = waiting, UpdatedAt = clock.GetUtcNow() });
        return new(Current()!, movedUp);
    }

    private void CheckChange(StoredEvent stored, HubEvent candidate)
    {
        if (stored.Event.Kind != candidate.Kind)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                ["kind"] = [$"'{Id}' is a {stored.Event.Kind.Name()}; it cannot become a {candidate.Kind.Name()} (use another id)."],
            });
        }

        if (candidate.Capacity < stored.Registered.Count)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                ["capacity"] = [$"{stored.Registered.Count} members have a seat: the capacity cannot go below that ({candidate.Capacity} given). Cancel registrations first."],
            });
        }

        if (!EventRules.CanMove(stored.Event.Status, candidate.Status))
        {
            throw new StateConflictException(
                $"The {stored.Event.Kind.Name()} '{Id}' is {EnumNames<EventStatus>.Name(stored.Event.Status)}: it cannot become {EnumNames<EventStatus>.Name(candidate.Status)}.");
        }
    }

    private static void MoveUp(List<Registration> registered, List<Registration> waiting, int capacity)
    {
        while (registered.Count < capacity && waiting.Count > 0)
        {
            registered.Add(waiting[0]);
            waiting.RemoveAt(0);
        }
    }

    private async Task WriteAsync(EventState next)
    {
        await state.WriteOrRestoreAsync(next);
        replica.EventStored(Id, state.Etag, Current());
    }

    private RegistrationResult Result(ActorRef member, RegistrationStatus status, bool created)
    {
        var current = Current()!;
        int? position = status == RegistrationStatus.Waiting ? current.Waiting.ToList().FindIndex(r => r.Member == member) + 1 : null;
        return new(current, member, status, position, created);
    }

    private StoredEvent Existing()
    {
        state.ThrowIfUnreadable($"event '{Id}'");
        return Current() ?? throw NotFoundException.Of($"event or course '{Id}'");
    }

    private StoredEvent? Current() =>
        state.RecordExists && state.State.Event is { } hubEvent
            ? new StoredEvent(Id, hubEvent, state.Etag!, state.State.UpdatedAt, [.. state.State.Registered], [.. state.State.Waiting])
            : null;

    private static bool Same(HubEvent left, HubEvent right) =>
        JsonSerializer.Serialize(left, MatchmakingJson.Options) == JsonSerializer.Serialize(right, MatchmakingJson.Options);
}
