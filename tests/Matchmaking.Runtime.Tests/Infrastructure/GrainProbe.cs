using System.Collections.Concurrent;

namespace Matchmaking.Runtime.Tests.Infrastructure;

/// <summary>What the test grains report: their lifecycle, overlapping turns, and gates the tests open.</summary>
public sealed class GrainProbe
{
    private int _inside;
    private int _maxInside;
    private int _maxReaders;
    private int _violations;
    private int _timerTicks;

    public ConcurrentQueue<(string Event, GrainId GrainId, DeactivationReasonCode Reason)> Lifecycle { get; } = new();

    /// <summary>The order in which turns did things, for fairness checks.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    /// <summary>Failures to inject, keyed by "where:grainKey", counted down.</summary>
    public ConcurrentDictionary<string, int> Failures { get; } = new();

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, OnDeactivateAsync of lifecycle grains waits for it.</summary>
    public TaskCompletionSource? DeactivationGate { get; set; }

    public Exception? LastThrown { get; set; }

    public int Inside => Volatile.Read(ref _inside);

    public int MaxInside => Volatile.Read(ref _maxInside);

    public int MaxReaders => Volatile.Read(ref _maxReaders);

    public int Violations => Volatile.Read(ref _violations);

    public int TimerTicks => Volatile.Read(ref _timerTicks);

    public void Activated(GrainId grainId) => Lifecycle.Enqueue(("activated", grainId, DeactivationReasonCode.None));

    public void Deactivated(GrainId grainId, DeactivationReason reason) => Lifecycle.Enqueue(("deactivated", grainId, reason.ReasonCode));

    public int ActivationsOf(string key) => Lifecycle.Count(e => e.Event == "activated" && e.GrainId.Key == key);

    public DeactivationReasonCode[] DeactivationsOf(string key) =>
        [.. Lifecycle.Where(e => e.Event == "deactivated" && e.GrainId.Key == key).Select(e => e.Reason)];

    public void Violation() => Interlocked.Increment(ref _violations);

    public void Tick() => Interlocked.Increment(ref _timerTicks);

    public void ObserveReaders(int readers) => Max(ref _maxReaders, readers);

    public void Enter() => Max(ref _maxInside, Interlocked.Increment(ref _inside));

    public void Exit() => Interlocked.Decrement(ref _inside);

    public bool TakeFailure(string where, string key)
    {
        var name = $"{where}:{key}";
        while (Failures.TryGetValue(name, out var left) && left > 0)
        {
            if (Failures.TryUpdate(name, left - 1, left))
            {
                return true;
            }
        }

        return false;
    }

    private static void Max(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
