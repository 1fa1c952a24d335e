using Matchmaking.Runtime.Tests.Infrastructure;

namespace Matchmaking.Runtime.Tests.Grains;

/// <summary>A call that stays inside the grain until the probe's gate opens.</summary>
public interface IGateGrain : IGrainWithStringKey
{
    Task WaitAtGateAsync();
}

/// <summary>The same call on a [Reentrant] grain.</summary>
public interface IReentrantGateGrain : IGrainWithStringKey
{
    Task WaitAtGateAsync();
}

public sealed class GateGrain(GrainProbe probe) : Grain, IGateGrain
{
    public Task WaitAtGateAsync() => GateCall.RunAsync(probe);
}

[Reentrant]
public sealed class ReentrantGateGrain(GrainProbe probe) : Grain, IReentrantGateGrain
{
    public Task WaitAtGateAsync() => GateCall.RunAsync(probe);
}

internal static class GateCall
{
    public static async Task RunAsync(GrainProbe probe)
    {
        probe.Enter();
        try
        {
            await probe.Gate.Task.WaitAsync(TimeSpan.FromSeconds(5));
        }
        finally
        {
            probe.Exit();
        }
    }
}
