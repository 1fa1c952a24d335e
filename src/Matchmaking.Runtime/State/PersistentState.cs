using Matchmaking.Runtime.Storage;

namespace Matchmaking.Runtime;

/// <summary>
/// The runtime's <see cref="IPersistentState{TState}"/>: one named state of one grain, kept in one
/// storage provider. A stale ETag marks the activation for deactivation, so the next call re-reads.
/// </summary>
internal sealed class PersistentState<TState>(string stateName, GrainId grainId, IGrainStorage storage, ActivationData activation)
    : IPersistentState<TState>, IStateLoader
{
    private readonly GrainState<TState> _grainState = new(StateFactory<TState>.Create());

    public TState State
    {
        get => _grainState.State;
        set => _grainState.State = value;
    }

    public string? Etag => _grainState.ETag;

    public bool RecordExists => _grainState.RecordExists;

    public Task ReadStateAsync(CancellationToken cancellationToken = default) =>
        storage.ReadStateAsync(stateName, grainId, _grainState, cancellationToken);

    public async Task WriteStateAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.WriteStateAsync(stateName, grainId, _grainState, cancellationToken);
        }
        catch (InconsistentStateException)
        {
            activation.RequestDeactivation(GrainRuntime.InconsistentStateReason);
            throw;
        }
    }

    public async Task ClearStateAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.ClearStateAsync(stateName, grainId, _grainState, cancellationToken);
        }
        catch (InconsistentStateException)
        {
            activation.RequestDeactivation(GrainRuntime.InconsistentStateReason);
            throw;
        }

        _grainState.State = StateFactory<TState>.Create();
    }
}
