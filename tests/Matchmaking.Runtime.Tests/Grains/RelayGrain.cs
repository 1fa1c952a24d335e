namespace Matchmaking.Runtime.Tests.Grains;

public interface IRelayGrain : IGrainWithStringKey
{
    Task<int> IncrementCounterAsync(string counterKey);
}

public sealed class RelayGrain : Grain, IRelayGrain
{
    public Task<int> IncrementCounterAsync(string counterKey) =>
        GrainFactory.GetGrain<ICounterGrain>(counterKey).IncrementAsync();
}

/// <summary>Implemented by no grain class in this assembly (and by two emitted ones in the discovery test).</summary>
public interface IUnimplementedGrain : IGrainWithStringKey;
