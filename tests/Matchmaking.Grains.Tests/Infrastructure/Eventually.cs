using System.Diagnostics;
using Xunit.Sdk;

namespace Matchmaking.Grains.Tests.Infrastructure;

/// <summary>Waits for what another silo learns through storage: a condition that must hold within a limit.</summary>
public static class Eventually
{
    /// <summary>How soon a write acknowledged on one silo must be in another silo's read models (the feed polls every 200 ms).</summary>
    public static readonly TimeSpan OtherSilo = TimeSpan.FromSeconds(1);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails naming <paramref name="what"/> if it does not within <paramref name="limit"/>.</summary>
    /// <returns>How long it took.</returns>
    public static async Task<TimeSpan> WithinAsync(TimeSpan limit, string what, Func<bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit)
            {
                throw new XunitException($"Not within {limit.TotalMilliseconds:0} ms: {what}.");
            }

            await Task.Delay(10);
        }

        return clock.Elapsed;
    }

    /// <inheritdoc cref="WithinAsync(TimeSpan, string, Func{bool})"/>
    public static async Task<TimeSpan> WithinAsync(TimeSpan limit, string what, Func<Task<bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > limit)
            {
                throw new XunitException($"Not within {limit.TotalMilliseconds:0} ms: {what}.");
            }

            await Task.Delay(10);
        }

        return clock.Elapsed;
    }
}
