using System.Collections.Concurrent;
using Matchmaking.Abstractions.Calls;

namespace Matchmaking.Grains.Calls;

/// <summary>
/// Every funding call in memory, for lists and for matching proposals to calls. Call grains update it after each
/// acknowledged write; the silo's <see cref="ReadModels.EcosystemReplica"/> fills it at start. Thread-safe.
/// </summary>
public sealed class CallBoard
{
    private readonly ConcurrentDictionary<string, StoredCall> calls = new(StringComparer.Ordinal);

    public int Count => calls.Count;

    public void Upsert(StoredCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        calls[call.Id] = call;
    }

    public void Remove(string id) => calls.TryRemove(id, out _);

    public StoredCall? Get(string id) => calls.GetValueOrDefault(id);

    /// <summary>Every call, soonest deadline first, then by id.</summary>
    public IReadOnlyList<StoredCall> All() => [.. calls.Values
        .OrderBy(c => c.Call.Deadline ?? DateOnly.MaxValue)
        .ThenBy(c => c.Id, StringComparer.Ordinal)];

    /// <summary>The calls taking applications on <paramref name="today"/>: expired ones never.</summary>
    public IReadOnlyList<StoredCall> Open(DateOnly today) => [.. All().Where(c => c.Call.StatusOn(today) == CallStatus.Open)];
}
