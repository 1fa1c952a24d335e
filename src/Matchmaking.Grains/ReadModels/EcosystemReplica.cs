using System.Collections.Concurrent;
using System.Globalization;
using Matchmaking.Abstractions.Calls;
using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Calls;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Events;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Proposals;
using Matchmaking.Grains.Relations;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Storage;

namespace Matchmaking.Grains.ReadModels;

/// <summary>
/// This silo's copy of the views over many grains: the actor directory, the engine's index, the call,
/// proposal and event boards. Every silo holds a whole copy and answers for the whole ecosystem. A copy is fed from two
/// sides: the grains of this silo after each acknowledged write, and the storage table for writes on other
/// silos (<see cref="EcosystemFeed"/>). Each change carries its storage version, and a change no newer than the
/// one applied is ignored, so the two sides may deliver the same write twice, or out of order, with one result.
/// Thread-safe: changes to one key are applied one at a time (a lock per stripe of keys), changes to different keys
/// in parallel, which is how a silo loads its copy on every core.
/// </summary>
public sealed class EcosystemReplica(
    ActorDirectory directory,
    Matchmaker matchmaker,
    CallBoard calls,
    ProposalBoard proposals,
    EventBoard events,
    StoredStates states,
    IEnumerable<IReplicatedView> views)
{
    private readonly Dictionary<string, IReplicatedView> viewsByState = views.ToDictionary(v => v.StateName, StringComparer.Ordinal);
    private const int Stripes = 64;
    private readonly Lock[] stripes = [.. Enumerable.Range(0, Stripes).Select(_ => new Lock())];
    private readonly ConcurrentDictionary<(string State, string Key), int> versions = new();
    private readonly ConcurrentDictionary<(ActorKind Kind, string Id), RelationsState> relations = new();

    /// <summary>A profile grain's states after a write (a null profile: the actor was deleted).</summary>
    public void ActorStored(ActorKind kind, string id, string? profileEtag, ProfileSnapshot? profile, string? relationsEtag, RelationsState? relationsState)
    {
        lock (StripeOf(id))
        {
            var profileNewer = Newer(ProfileState(kind), id, profileEtag);
            var relationsNewer = Newer(RelationsStateName(kind), id, relationsEtag);
            if (!profileNewer && !relationsNewer)
            {
                return;
            }

            if (relationsNewer)
            {
                Remember(kind, id, relationsState);
            }

            if (profile is null)
            {
                directory.Remove(kind, id);
                matchmaker.Remove(kind, id);
                return;
            }

            if (profileNewer)
            {
                directory.Upsert(kind, id, profile.Profile);
            }

            matchmaker.Upsert(kind, id, profile.Profile, profile.UpdatedAt, relations.GetValueOrDefault((kind, id)));
        }
    }

    /// <summary>
    /// A profile read at start: its versions recorded and the directory told, as <see cref="ActorStored"/> does; the
    /// engine is left to the caller (see <see cref="Matchmaker.Load"/>). False when a newer write was applied already.
    /// </summary>
    private bool ActorRead(LoadedActor actor)
    {
        lock (StripeOf(actor.Id))
        {
            if (actor.RelationsVersion is { } relationsVersion && Newer(RelationsStateName(actor.Kind), actor.Id, Etag(relationsVersion)))
            {
                Remember(actor.Kind, actor.Id, actor.Relations);
            }

            if (!Newer(ProfileState(actor.Kind), actor.Id, Etag(actor.ProfileVersion)))
            {
                return false;
            }

            directory.Upsert(actor.Kind, actor.Id, actor.Profile);
            return true;
        }
    }

    /// <summary>Whether the versions an actor was read at are still the newest applied (asked as the engine takes it).</summary>
    private bool IsCurrent(LoadedActor actor) =>
        versions.TryGetValue((ProfileState(actor.Kind), actor.Id), out var profileVersion) && profileVersion == actor.ProfileVersion
        && (versions.TryGetValue((RelationsStateName(actor.Kind), actor.Id), out var relationsVersion) ? relationsVersion == actor.RelationsVersion : actor.RelationsVersion is null);

    /// <summary>A profile whose stored payload cannot be read: out of the lists and the engine, named as unreadable.</summary>
    public void ActorUnreadable(ActorKind kind, string id, string? profileEtag, string problem)
    {
        lock (StripeOf(id))
        {
            if (Newer(ProfileState(kind), id, profileEtag))
            {
                directory.MarkUnreadable(kind, id, problem);
                matchmaker.Remove(kind, id);
            }
        }
    }

    public void CallStored(string id, string? etag, StoredCall? call)
    {
        lock (StripeOf(id))
        {
            if (!Newer(StorageNames.CallState, id, etag))
            {
                return;
            }

            if (call is null)
            {
                calls.Remove(id);
            }
            else
            {
                calls.Upsert(call);
            }
        }
    }

    public void ProposalStored(string id, string? etag, Abstractions.Proposals.Proposal? proposal)
    {
        lock (StripeOf(id))
        {
            if (Newer(StorageNames.ProposalState, id, etag) && proposal is not null)
            {
                proposals.Upsert(proposal);
            }
        }
    }

    /// <summary>An event grain's state after a write (null: the event was deleted).</summary>
    public void EventStored(string id, string? etag, StoredEvent? stored)
    {
        lock (StripeOf(id))
        {
            if (!Newer(StorageNames.EventState, id, etag))
            {
                return;
            }

            if (stored is null)
            {
                events.Remove(id);
            }
            else
            {
                events.Upsert(stored);
            }
        }
    }

    /// <summary>
    /// A grain of this silo wrote the state a <see cref="IReplicatedView"/> follows: <paramref name="apply"/> runs
    /// unless a newer version was applied already (the feed may bring it first).
    /// </summary>
    public void Stored(string stateName, string key, string? etag, Action apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        lock (StripeOf(key))
        {
            if (Newer(stateName, key, etag))
            {
                apply();
            }
        }
    }

    private void ViewRow(IReplicatedView view, StoredRow row) =>
        Stored(view.StateName, row.Key, Etag(row.Version), () => view.Apply(row.Key, Etag(row.Version), row, states));

    /// <summary>Fills the copy from storage; returns how many profiles, calls and proposals it holds.</summary>
    public async Task<(int Profiles, int Calls, int Proposals)> LoadAsync(CancellationToken cancellationToken)
    {
        var profiles = await LoadActorsAsync<CompanyProfile>(ActorKind.Company, cancellationToken);
        profiles += await LoadActorsAsync<StartupProfile>(ActorKind.Startup, cancellationToken);
        profiles += await LoadActorsAsync<ResearcherProfile>(ActorKind.Researcher, cancellationToken);
        await foreach (var (key, state, version) in states.ReadAllAsync<CallState>(StorageNames.CallState, cancellationToken))
        {
            CallStored(key, Etag(version), state.Call is { } call ? new StoredCall(key, call, Etag(version), state.UpdatedAt) : null);
        }

        await foreach (var (key, state, version) in states.ReadAllAsync<ProposalState>(StorageNames.ProposalState, cancellationToken))
        {
            ProposalStored(key, Etag(version), state.Proposal);
        }

        await foreach (var (key, state, version) in states.ReadAllAsync<EventState>(StorageNames.EventState, cancellationToken))
        {
            EventStored(key, Etag(version), Event(key, Etag(version), state));
        }

        foreach (var view in viewsByState.Values)
        {
            await foreach (var row in states.ReadAllRowsAsync(view.StateName, cancellationToken))
            {
                ViewRow(view, row);
            }
        }

        return (profiles, calls.All().Count, proposals.Count);
    }

    /// <summary>Applies rows changed in storage (by any silo); returns how many changed this copy.</summary>
    public async Task<int> ApplyAsync(IReadOnlyList<StoredRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var applied = 0;
        foreach (var row in rows)
        {
            if (!IsNewer(row.StateName, row.Key, row.Version))
            {
                continue;
            }

            applied++;
            var etag = Etag(row.Version);
            switch (row.StateName)
            {
                case StorageNames.CallState:
                    CallStored(row.Key, etag, row.Payload is null ? null : Call(row.Key, etag, states.Read<CallState>(row)));
                    break;
                case StorageNames.ProposalState:
                    ProposalStored(row.Key, etag, row.Payload is null ? null : states.Read<ProposalState>(row).Proposal);
                    break;
                case StorageNames.EventState:
                    EventStored(row.Key, etag, row.Payload is null ? null : Event(row.Key, etag, states.Read<EventState>(row)));
                    break;
                case var name when viewsByState.TryGetValue(name, out var view):
                    ViewRow(view, row);
                    break;
                default:
                    await ApplyActorAsync(row, etag, cancellationToken);
                    break;
            }
        }

        return applied;
    }

    private async Task ApplyActorAsync(StoredRow row, string etag, CancellationToken cancellationToken)
    {
        if (KindOf(row.StateName) is not { } found)
        {
            return; // a state no read model shows (portfolios, access)
        }

        var (kind, isProfile) = found;
        if (isProfile)
        {
            var (profile, unreadable) = row.Payload is null ? (null, null) : Snapshot(kind, row);
            if (unreadable is not null)
            {
                ActorUnreadable(kind, row.Key, etag, unreadable);
            }
            else
            {
                ActorStored(kind, row.Key, etag, profile, null, null);
            }

            return;
        }

        // Relations changed: the engine's entry is rebuilt with the stored profile.
        var state = row.Payload is null ? new RelationsState() : states.Read<RelationsState>(row);
        var stored = await states.ReadOneAsync(ProfileState(kind), row.Key, cancellationToken);
        var (storedProfile, storedUnreadable) = stored?.Payload is null ? (null, null) : Snapshot(kind, stored);
        if (storedUnreadable is null)
        {
            ActorStored(kind, row.Key, stored is null ? null : Etag(stored.Version), storedProfile, etag, state);
        }
    }

    // Rows are deserialized and applied on every core: the engine's analysis of each profile is the cost of a start.
    private async Task<int> LoadActorsAsync<TProfile>(ActorKind kind, CancellationToken cancellationToken)
        where TProfile : ActorProfile
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        var loadedRelations = new ConcurrentDictionary<string, (RelationsState State, int Version)>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(states.ReadAllRowsAsync(RelationsStateName(kind), cancellationToken), parallel, (row, _) =>
        {
            loadedRelations[row.Key] = (states.Read<RelationsState>(row), row.Version);
            return ValueTask.CompletedTask;
        });

        // The directory and the versions take each row as it comes; the engine takes them all at once afterwards (its
        // analysis on every core feeding one indexing thread), each only if no newer write of it was applied meanwhile.
        var loaded = new ConcurrentQueue<LoadedActor>();
        await Parallel.ForEachAsync(states.ReadAllRowsAsync(ProfileState(kind), cancellationToken), parallel, (row, _) =>
        {
            var state = states.Read<ProfileState<TProfile>>(row);
            if (state.Unreadable is { } problem)
            {
                ActorUnreadable(kind, row.Key, Etag(row.Version), problem);
            }
            else if (state.Profile is { } profile)
            {
                var (relationsState, relationsVersion) = loadedRelations.GetValueOrDefault(row.Key);
                var actor = new LoadedActor(kind, row.Key, profile, state.UpdatedAt, relationsState, row.Version, relationsState is null ? null : relationsVersion);
                if (ActorRead(actor))
                {
                    loaded.Enqueue(actor);
                }
            }

            return ValueTask.CompletedTask;
        });

        var count = matchmaker.Load([.. loaded], IsCurrent);
        return count;
    }

    private (ProfileSnapshot? Profile, string? Unreadable) Snapshot(ActorKind kind, StoredRow row) => kind switch
    {
        ActorKind.Company => Snapshot(states.Read<ProfileState<CompanyProfile>>(row)),
        ActorKind.Startup => Snapshot(states.Read<ProfileState<StartupProfile>>(row)),
        _ => Snapshot(states.Read<ProfileState<ResearcherProfile>>(row)),
    };

    private static (ProfileSnapshot? Profile, string? Unreadable) Snapshot<TProfile>(ProfileState<TProfile> state)
        where TProfile : ActorProfile =>
        (state.Profile is { } profile ? new ProfileSnapshot(profile, state.UpdatedAt) : null, state.Unreadable);

    private static StoredCall? Call(string id, string etag, CallState state) =>
        state.Call is { } call ? new StoredCall(id, call, etag, state.UpdatedAt) : null;

    private static StoredEvent? Event(string id, string etag, EventState state) =>
        state.Event is { } hubEvent ? new StoredEvent(id, hubEvent, etag, state.UpdatedAt, [.. state.Registered], [.. state.Waiting]) : null;

    private void Remember(ActorKind kind, string id, RelationsState? state)
    {
        if (state is null || (state.Declined.Count == 0 && state.Collaborations.Count == 0))
        {
            relations.TryRemove((kind, id), out _);
        }
        else
        {
            relations[(kind, id)] = state;
        }
    }

    private bool IsNewer(string state, string key, int version) =>
        !versions.TryGetValue((state, key), out var known) || version > known;

    private Lock StripeOf(string key) => stripes[(StringComparer.Ordinal.GetHashCode(key) & int.MaxValue) % Stripes];

    // Records the version when it is newer; callers hold the key's stripe.
    private bool Newer(string state, string key, string? etag)
    {
        if (etag is null || !int.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        if (versions.TryGetValue((state, key), out var known) && version <= known)
        {
            return false;
        }

        versions[(state, key)] = version;
        return true;
    }

    private static string Etag(int version) => version.ToString(CultureInfo.InvariantCulture);

    private static (ActorKind Kind, bool IsProfile)? KindOf(string stateName)
    {
        foreach (var kind in Enum.GetValues<ActorKind>())
        {
            if (stateName == ProfileState(kind))
            {
                return (kind, true);
            }

            if (stateName == RelationsStateName(kind))
            {
                return (kind, false);
            }
        }

        return null;
    }

    internal static string ProfileState(ActorKind kind) => kind switch
    {
        ActorKind.Company => StorageNames.CompanyProfile,
        ActorKind.Startup => StorageNames.StartupProfile,
        _ => StorageNames.ResearcherProfile,
    };

    internal static string RelationsStateName(ActorKind kind) => kind switch
    {
        ActorKind.Company => StorageNames.CompanyRelations,
        ActorKind.Startup => StorageNames.StartupRelations,
        _ => StorageNames.ResearcherRelations,
    };
}

/// <summary>A profile as the read models need it: the profile and when it last changed.</summary>
public sealed record ProfileSnapshot(ActorProfile Profile, DateTimeOffset UpdatedAt);
