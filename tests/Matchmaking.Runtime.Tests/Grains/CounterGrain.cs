using Matchmaking.Runtime.Tests.Infrastructure;

namespace Matchmaking.Runtime.Tests.Grains;

/// <summary>A counter that reports any overlap of turns it must not see.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Adds one, reading and writing across awaits, so interleaving would lose updates.</summary>
    Task<int> IncrementAsync();

    [ReadOnly]
    ValueTask<int> GetAsync();

    /// <summary>
    /// Waits inside until <paramref name="arrivals"/> of these calls have arrived since activation; false if that
    /// never happens. Since none leaves before, the ones arriving last were all inside at once.
    /// </summary>
    [ReadOnly]
    Task<bool> ReadTogetherAsync(int arrivals);

    /// <summary>Stays inside until the probe's gate opens.</summary>
    [ReadOnly]
    Task ReadUntilReleasedAsync(string name);

    Task WriteAsync(string name);

    [ReadOnly]
    Task ReadAsync(string name);
}

public sealed class CounterGrain(GrainProbe probe) : Grain, ICounterGrain
{
    private int _count;
    private int _writers;
    private int _readers;
    private int _arrivals;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Activated(GrainId);
        return Task.CompletedTask;
    }

    public async Task<int> IncrementAsync()
    {
        BeginWrite();
        var next = _count + 1;
        await Task.Yield();
        await Task.Yield();
        _count = next;
        EndWrite();
        return next;
    }

    public ValueTask<int> GetAsync() => new(_count);

    public async Task<bool> ReadTogetherAsync(int arrivals)
    {
        BeginRead();
        Interlocked.Increment(ref _arrivals);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(5);
            while (Volatile.Read(ref _arrivals) < arrivals)
            {
                if (DateTime.UtcNow > deadline)
                {
                    return false;
                }

                await Task.Delay(1);
            }

            return true;
        }
        finally
        {
            EndRead();
        }
    }

    public async Task ReadUntilReleasedAsync(string name)
    {
        BeginRead();
        probe.Log.Enqueue(name);
        await probe.Gate.Task.WaitAsync(TimeSpan.FromSeconds(5));
        EndRead();
    }

    public async Task WriteAsync(string name)
    {
        BeginWrite();
        probe.Log.Enqueue(name);
        await Task.Yield();
        EndWrite();
    }

    public async Task ReadAsync(string name)
    {
        BeginRead();
        probe.Log.Enqueue(name);
        await Task.Yield();
        EndRead();
    }

    private void BeginWrite()
    {
        if (Interlocked.Increment(ref _writers) != 1 || Volatile.Read(ref _readers) != 0)
        {
            probe.Violation();
        }
    }

    private void EndWrite()
    {
        if (Interlocked.Decrement(ref _writers) != 0 || Volatile.Read(ref _readers) != 0)
        {
            probe.Violation();
        }
    }

    private void BeginRead()
    {
        probe.ObserveReaders(Interlocked.Increment(ref _readers));
        if (Volatile.Read(ref _writers) != 0)
        {
            probe.Violation();
        }
    }

    private void EndRead()
    {
        if (Volatile.Read(ref _writers) != 0)
        {
            probe.Violation();
        }

        Interlocked.Decrement(ref _readers);
    }
}
