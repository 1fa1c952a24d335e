using Orleans;

namespace Matchmaking.Abstractions.Grains;

/// <summary>
/// The hub's reminder to confirm stale profiles (one grain, key 0, woken by one Orleans reminder): each sweep
/// reminds the member of every profile that went stale since it was last confirmed, once, and remembers when.
/// </summary>
public interface IFreshnessSweepGrain : IGrainWithIntegerKey
{
    /// <summary>Registers (or re-registers) the reminder that sweeps every <paramref name="every"/>, the first a minute from now.</summary>
    Task StartAsync(TimeSpan every);

    /// <summary>Sweeps now: reminds the members not reminded since their profile went stale; returns how many were reminded.</summary>
    Task<int> SweepAsync();

    /// <summary>When each stale or expired profile's member was last reminded (key: <c>kind/id</c>).</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyDictionary<string, DateTimeOffset>> GetRemindedAsync();
}
