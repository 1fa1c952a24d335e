using Matchmaking.Runtime.Tests.Infrastructure;

namespace Matchmaking.Runtime.Tests.Grains;

public sealed class GrainFailureException(string message) : Exception(message);

public interface IFaultyGrain : IGrainWithStringKey
{
    Task ThrowAsync(string message);

    /// <summary>Throws before returning a task at all.</summary>
    ValueTask<int> ThrowSynchronouslyAsync();

    Task<int> PingAsync();
}

public sealed class FaultyGrain(GrainProbe probe) : Grain, IFaultyGrain
{
    private int _pings;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Activated(GrainId);
        return Task.CompletedTask;
    }

    public async Task ThrowAsync(string message)
    {
        await Task.Yield();
        var exception = new GrainFailureException(message);
        probe.LastThrown = exception;
        throw exception;
    }

    public ValueTask<int> ThrowSynchronouslyAsync() => throw new ArgumentException("synchronous failure");

    public Task<int> PingAsync() => Task.FromResult(++_pings);
}
