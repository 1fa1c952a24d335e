using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Matchmaking.Runtime.Storage;

namespace Matchmaking.Runtime.Tests.Infrastructure;

/// <summary>
/// An in-memory grain storage for tests, with the real contract: ETag-checked writes and clears,
/// and records copied through JSON so a grain never shares objects with storage.
/// </summary>
public sealed class MemoryGrainStorage : IGrainStorage
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string StateName, GrainId GrainId), (string Json, int Version)> _records = [];

    /// <summary>How many upcoming reads of a grain's state fail, by grain key.</summary>
    public ConcurrentDictionary<string, int> FailingReads { get; } = new();

    public int Reads { get; private set; }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            Reads++;
            if (FailingReads.TryGetValue(grainId.Key, out var left) && left > 0)
            {
                FailingReads[grainId.Key] = left - 1;
                throw new IOException($"Storage is unavailable for {grainId}.");
            }

            if (_records.TryGetValue((stateName, grainId), out var record))
            {
                grainState.State = JsonSerializer.Deserialize<T>(record.Json)!;
                grainState.ETag = record.Version.ToString(CultureInfo.InvariantCulture);
                grainState.RecordExists = true;
            }
            else
            {
                grainState.ETag = null;
                grainState.RecordExists = false;
            }
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var version = CheckETag(stateName, grainId, grainState.ETag) + 1;
            _records[(stateName, grainId)] = (JsonSerializer.Serialize(grainState.State), version);
            grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            CheckETag(stateName, grainId, grainState.ETag);
            _records.Remove((stateName, grainId));
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    /// <summary>Another writer stores <paramref name="state"/> behind the grain's back, moving the ETag on.</summary>
    public void WriteBehindTheGrainsBack<T>(string stateName, GrainId grainId, T state)
    {
        lock (_gate)
        {
            var version = _records.TryGetValue((stateName, grainId), out var record) ? record.Version + 1 : 1;
            _records[(stateName, grainId)] = (JsonSerializer.Serialize(state), version);
        }
    }

    public T? Peek<T>(string stateName, GrainId grainId)
    {
        lock (_gate)
        {
            return _records.TryGetValue((stateName, grainId), out var record) ? JsonSerializer.Deserialize<T>(record.Json) : default;
        }
    }

    private int CheckETag(string stateName, GrainId grainId, string? expected)
    {
        var exists = _records.TryGetValue((stateName, grainId), out var record);
        var stored = exists ? record.Version.ToString(CultureInfo.InvariantCulture) : null;
        if (stored != expected)
        {
            throw new InconsistentStateException($"Stale ETag for {grainId}.", stored, expected);
        }

        return exists ? record.Version : 0;
    }
}
