namespace Matchmaking.Runtime.Storage;

/// <summary>State of one grain as a storage provider sees it (mirrors <c>Orleans.IGrainState&lt;T&gt;</c>).</summary>
public interface IGrainState<T>
{
    T State { get; set; }

    /// <summary>The version tag of the stored record; null when there is none.</summary>
    string? ETag { get; set; }

    bool RecordExists { get; set; }
}

/// <summary>The plain implementation of <see cref="IGrainState{T}"/>.</summary>
public sealed class GrainState<T>(T state, string? eTag = null, bool recordExists = false) : IGrainState<T>
{
    public T State { get; set; } = state;

    public string? ETag { get; set; } = eTag;

    public bool RecordExists { get; set; } = recordExists;
}
