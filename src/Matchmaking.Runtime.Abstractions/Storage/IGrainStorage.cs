namespace Matchmaking.Runtime.Storage;

/// <summary>
/// A grain storage provider (mirrors <c>Orleans.Storage.IGrainStorage</c>).
/// Optimistic concurrency: <see cref="WriteStateAsync{T}"/> and <see cref="ClearStateAsync{T}"/> succeed
/// only when <see cref="IGrainState{T}.ETag"/> equals the stored version (null = no record yet), and
/// otherwise throw <see cref="InconsistentStateException"/> and change nothing.
/// </summary>
public interface IGrainStorage
{
    /// <summary>Reads the record into <paramref name="grainState"/>; a missing record leaves State as is, ETag null, RecordExists false.</summary>
    Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default);

    /// <summary>Writes State; on success sets the new ETag and RecordExists.</summary>
    Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default);

    /// <summary>Deletes the record; on success ETag becomes null and RecordExists false.</summary>
    Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default);
}

/// <summary>One stored record, as enumerated by <see cref="IGrainStorageScanner"/>.</summary>
public sealed record StoredGrainState<T>(string GrainKey, T State, string ETag);

/// <summary>
/// Enumerates every stored record of a grain type and state name, so that in-memory indexes can be
/// rebuilt at start. Not part of Orleans' provider contract; our providers implement both.
/// </summary>
public interface IGrainStorageScanner
{
    IAsyncEnumerable<StoredGrainState<T>> ReadAllAsync<T>(string stateName, string grainType, CancellationToken cancellationToken = default);
}
