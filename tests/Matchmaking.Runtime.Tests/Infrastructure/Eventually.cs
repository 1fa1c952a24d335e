using System.Diagnostics;

namespace Matchmaking.Runtime.Tests.Infrastructure;

/// <summary>Polls a condition until it holds or a deadline passes, instead of sleeping a fixed time.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, string what, int timeoutMilliseconds = 5_000)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.ElapsedMilliseconds > timeoutMilliseconds)
            {
                Assert.Fail($"Timed out after {timeoutMilliseconds} ms waiting until {what}.");
            }

            await Task.Delay(5);
        }
    }
}
