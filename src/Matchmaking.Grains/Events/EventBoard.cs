using System.Collections.Concurrent;
using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Grains.Events;

/// <summary>
/// Every event and course in memory, for lists, calendars and suggestions. Event grains update it after each
/// acknowledged write; the silo's <see cref="ReadModels.EcosystemReplica"/> fills it at start and from other
/// silos' writes. Thread-safe.
/// </summary>
public sealed class EventBoard
{
    private readonly ConcurrentDictionary<string, StoredEvent> events = new(StringComparer.Ordinal);

    public int Count => events.Count;

    public void Upsert(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        events[stored.Id] = stored;
    }

    public void Remove(string id) => events.TryRemove(id, out _);

    public StoredEvent? Get(string id) => events.GetValueOrDefault(id);

    /// <summary>Every event and course (of <paramref name="kind"/> when given), soonest first, then by id.</summary>
    public IReadOnlyList<StoredEvent> All(EventKind? kind = null) => [.. events.Values
        .Where(e => kind is null || e.Event.Kind == kind)
        .OrderBy(e => e.Event.Start ?? DateTime.MaxValue)
        .ThenBy(e => e.Id, StringComparer.Ordinal)];

    /// <summary>The events and courses <paramref name="member"/> has a seat at or waits for, soonest first.</summary>
    public IReadOnlyList<StoredEvent> Of(ActorRef member) => [.. All().Where(e => e.StatusOf(member) is not null)];
}
