using System.Runtime.ExceptionServices;
using Matchmaking.Matching.Profiles;

namespace Matchmaking.Matching.Index;

/// <summary>
/// Analyses a list of profiles on every core and hands the analyses to one consumer in the list's order, a chunk at a
/// time, so that an index loading them gives documents and terms the ids that one upsert at a time in that order gives
/// (the same index whatever the threads' timing). The analysing threads take the chunks in order and stay at most
/// <see cref="ChunksAhead"/> chunks ahead of the consumer, so the analyses waiting take little memory.
/// </summary>
internal sealed class OrderedAnalysis(IReadOnlyList<MatchProfile> profiles, Func<MatchProfile, ProfileAnalysis> analyse, int chunkSize)
{
    private const int ChunksAhead = 8;

    private readonly ProfileAnalysis[]?[] chunks = new ProfileAnalysis[]?[(profiles.Count + chunkSize - 1) / chunkSize];
    private readonly SemaphoreSlim room = new(ChunksAhead);
    private readonly object ready = new();
    private int taken = -1;
    private Exception? failure;
    private volatile bool stopped;

    /// <summary>Calls <paramref name="consume"/> with each chunk's first position and its analyses, in order, on this thread.</summary>
    public void Run(Action<int, ProfileAnalysis[]> consume)
    {
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(Analyse)).ToArray();
        try
        {
            for (var chunk = 0; chunk < chunks.Length; chunk++)
            {
                consume(chunk * chunkSize, Next(chunk));
                chunks[chunk] = null;
                room.Release();
            }
        }
        finally
        {
            stopped = true;
            room.Release(workers.Length);
            Task.WaitAll(workers);
            room.Dispose();
        }
    }

    private ProfileAnalysis[] Next(int chunk)
    {
        lock (ready)
        {
            while (chunks[chunk] is null && failure is null)
            {
                Monitor.Wait(ready);
            }
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        return chunks[chunk]!;
    }

    private void Analyse()
    {
        while (true)
        {
            room.Wait();
            var chunk = Interlocked.Increment(ref taken);
            if (stopped || chunk >= chunks.Length)
            {
                return;
            }

            ProfileAnalysis[] analyses;
            try
            {
                var start = chunk * chunkSize;
                analyses = new ProfileAnalysis[Math.Min(chunkSize, profiles.Count - start)];
                for (var i = 0; i < analyses.Length; i++)
                {
                    analyses[i] = analyse(profiles[start + i] ?? throw new ArgumentException($"Profile {start + i} is null.", nameof(profiles)));
                }
            }
            catch (Exception e)
            {
                lock (ready)
                {
                    failure ??= e;
                    Monitor.PulseAll(ready);
                }

                return;
            }

            lock (ready)
            {
                chunks[chunk] = analyses;
                Monitor.PulseAll(ready);
            }
        }
    }
}
