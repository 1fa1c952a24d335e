using Matchmaking.Runtime.Tests.Infrastructure;

namespace Matchmaking.Runtime.Tests.Grains;

public sealed class CounterState
{
    public int Value { get; set; }
}

/// <summary>A grain whose activation fails where the probe says: "constructor", "activate" (or storage reads).</summary>
public interface IFlakyGrain : IGrainWithStringKey
{
    Task<int> PingAsync();
}

public sealed class FlakyGrain : Grain, IFlakyGrain
{
    private readonly GrainProbe _probe;
    private readonly IPersistentState<CounterState> _state;

    public FlakyGrain(GrainProbe probe, [PersistentState("flaky")] IPersistentState<CounterState> state)
    {
        if (probe.TakeFailure("constructor", this.GetPrimaryKeyString()))
        {
            throw new GrainFailureException("constructor failed");
        }

        _probe = probe;
        _state = state;
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Asynchronous, so that other calls queue behind the activation.
        await Task.Yield();
        if (_probe.TakeFailure("activate", this.GetPrimaryKeyString()))
        {
            throw new GrainFailureException("OnActivateAsync failed");
        }

        _probe.Activated(GrainId);
    }

    public async Task<int> PingAsync()
    {
        _state.State.Value++;
        await _state.WriteStateAsync();
        return _state.State.Value;
    }
}
