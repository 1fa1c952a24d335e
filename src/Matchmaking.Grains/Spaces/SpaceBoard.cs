using System.Collections.Concurrent;
using Matchmaking.Abstractions.Spaces;
using Matchmaking.Grains.ReadModels;
using Matchmaking.Storage;

namespace Matchmaking.Grains.Spaces;

/// <summary>Every co-working space in memory, for lists and suggestions; kept by the <see cref="EcosystemReplica"/>. Thread-safe.</summary>
public sealed class SpaceBoard : IReplicatedView
{
    private readonly ConcurrentDictionary<string, StoredSpace> spaces = new(StringComparer.Ordinal);

    public string StateName => StorageNames.SpaceState;

    public int Count => spaces.Count;

    public void Apply(string key, string etag, StoredRow row, StoredStates states)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(states);
        if (row.Payload is not null && states.Read<SpaceState>(row).ToStored(key, etag) is { } stored)
        {
            Upsert(stored);
        }
        else
        {
            Remove(key);
        }
    }

    public void Upsert(StoredSpace stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        spaces[stored.Id] = stored;
    }

    public void Remove(string id) => spaces.TryRemove(id, out _);

    public StoredSpace? Get(string id) => spaces.GetValueOrDefault(id);

    /// <summary>Every space, by name then id.</summary>
    public IReadOnlyList<StoredSpace> All() => [.. spaces.Values
        .OrderBy(s => s.Space.Name, StringComparer.CurrentCultureIgnoreCase)
        .ThenBy(s => s.Id, StringComparer.Ordinal)];
}
