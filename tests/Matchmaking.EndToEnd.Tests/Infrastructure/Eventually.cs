using System.Diagnostics;

namespace Matchmaking.EndToEnd.Tests.Infrastructure;

public static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> until true; returns when it first was (from the call), or throws after <paramref name="limit"/>.</summary>
    public static async Task<TimeSpan> TrueAsync(TimeSpan limit, Func<Task<bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await condition())
            {
                return clock.Elapsed;
            }

            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"Still not true after {limit.TotalSeconds:F0} s.");
            }

            await Task.Delay(10);
        }
    }
}
