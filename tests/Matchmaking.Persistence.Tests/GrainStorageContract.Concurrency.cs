using Matchmaking.Runtime.Storage;

namespace Matchmaking.Persistence.Tests;

public abstract partial class GrainStorageContract
{
    [Fact]
    public async Task Concurrent_read_modify_write_loses_no_update()
    {
        const int writers = 20;
        const int incrementsEach = 5;
        var id = NewId("counter");
        await Storage.WriteStateAsync("counter", id, new GrainState<Counter>(new Counter(0)));
        var conflicts = 0;
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var tasks = Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            await go.Task;
            for (var done = 0; done < incrementsEach;)
            {
                var state = new GrainState<Counter>(new Counter(-1));
                await Storage.ReadStateAsync("counter", id, state);
                state.State = new Counter(state.State.Count + 1);
                try
                {
                    await Storage.WriteStateAsync("counter", id, state);
                    done++;
                }
                catch (InconsistentStateException)
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        })).ToList();
        go.SetResult();
        await Task.WhenAll(tasks);

        var final = new GrainState<Counter>(new Counter(-1));
        await Storage.ReadStateAsync("counter", id, final);
        Assert.Equal(writers * incrementsEach, final.State.Count);
        Assert.Equal((1 + (writers * incrementsEach)).ToString(System.Globalization.CultureInfo.InvariantCulture), final.ETag);
    }

    [Fact]
    public async Task Concurrent_creates_of_one_record_let_exactly_one_win()
    {
        var id = NewId();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            await go.Task;
            try
            {
                await Storage.WriteStateAsync(StateName, id, new GrainState<Profile>(SampleProfile($"writer {i}")));
                return $"writer {i}";
            }
            catch (InconsistentStateException)
            {
                return null;
            }
        })).ToList();
        go.SetResult();

        var winners = (await Task.WhenAll(attempts)).OfType<string>().ToList();

        var winner = Assert.Single(winners);
        var read = await ReadAsync(id);
        Assert.Equal(winner, read.State.Name);
        Assert.Equal("1", read.ETag);
    }
}
