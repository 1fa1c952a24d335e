using System.Collections.Concurrent;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Vouchers;
using Matchmaking.Grains.ReadModels;
using Matchmaking.Storage;

namespace Matchmaking.Grains.Vouchers;

/// <summary>Every voucher programme in memory with its vouchers, for lists; kept by the <see cref="EcosystemReplica"/>. Thread-safe.</summary>
public sealed class ProgrammeBoard : IReplicatedView
{
    private readonly ConcurrentDictionary<string, StoredProgramme> programmes = new(StringComparer.Ordinal);

    public string StateName => StorageNames.VoucherProgrammeState;

    public void Apply(string key, string etag, StoredRow row, StoredStates states)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(states);
        if (row.Payload is not null && states.Read<ProgrammeState>(row).ToStored(key, etag) is { } stored)
        {
            Upsert(stored);
        }
        else
        {
            Remove(key);
        }
    }

    public void Upsert(StoredProgramme stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        programmes[stored.Id] = stored;
    }

    public void Remove(string id) => programmes.TryRemove(id, out _);

    public StoredProgramme? Get(string id) => programmes.GetValueOrDefault(id);

    /// <summary>Every programme, latest window first, then by id.</summary>
    public IReadOnlyList<StoredProgramme> All() => [.. programmes.Values
        .OrderByDescending(p => p.Programme.ValidUntil)
        .ThenBy(p => p.Id, StringComparer.Ordinal)];

    /// <summary>The vouchers <paramref name="actor"/> holds, with their programmes.</summary>
    public IReadOnlyList<(StoredProgramme Programme, Voucher Voucher)> HeldBy(ActorRef actor) =>
        [.. All().SelectMany(p => p.HeldBy(actor).Select(v => (p, v)))];
}
