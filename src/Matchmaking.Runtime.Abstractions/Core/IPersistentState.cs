namespace Matchmaking.Runtime;

/// <summary>
/// A grain's persistent state (mirrors <c>Orleans.Runtime.IPersistentState&lt;TState&gt;</c>).
/// Loaded before activation. A write with a stale ETag throws <see cref="Storage.InconsistentStateException"/>
/// and the activation is deactivated, so the next call starts from the stored state.
/// </summary>
public interface IPersistentState<TState>
{
    /// <summary>The state; a new <typeparamref name="TState"/> when no record exists.</summary>
    TState State { get; set; }

    /// <summary>The stored version's tag, or null when no record exists.</summary>
    string? Etag { get; }

    /// <summary>Whether a record exists in storage.</summary>
    bool RecordExists { get; }

    Task ReadStateAsync(CancellationToken cancellationToken = default);

    Task WriteStateAsync(CancellationToken cancellationToken = default);

    Task ClearStateAsync(CancellationToken cancellationToken = default);
}
