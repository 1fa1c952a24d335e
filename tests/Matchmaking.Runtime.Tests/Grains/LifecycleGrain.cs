using Matchmaking.Runtime.Tests.Infrastructure;

namespace Matchmaking.Runtime.Tests.Grains;

public interface ILifecycleGrain : IGrainWithStringKey
{
    /// <summary>Identifies the activation: a new one gives a new value.</summary>
    Task<Guid> GetInstanceAsync();

    Task<string> GetKeySeenByConstructorAsync();

    Task<string> GetGrainIdTextAsync();

    Task DeactivateAfterThisCallAsync();
}

public sealed class LifecycleGrain : Grain, ILifecycleGrain
{
    private readonly GrainProbe _probe;
    private readonly string _keySeenByConstructor;
    private readonly Guid _instance = Guid.NewGuid();

    public LifecycleGrain(GrainProbe probe)
    {
        _probe = probe;
        _keySeenByConstructor = this.GetPrimaryKeyString();
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _probe.Activated(GrainId);
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_probe.DeactivationGate is { } gate)
        {
            await gate.Task.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
        }

        _probe.Deactivated(GrainId, reason);
    }

    public Task<Guid> GetInstanceAsync() => Task.FromResult(_instance);

    public Task<string> GetKeySeenByConstructorAsync() => Task.FromResult(_keySeenByConstructor);

    public Task<string> GetGrainIdTextAsync() => Task.FromResult(GrainId.ToString());

    public Task DeactivateAfterThisCallAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
