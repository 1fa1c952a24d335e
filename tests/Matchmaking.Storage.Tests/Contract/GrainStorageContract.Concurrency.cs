using Matchmaking.Storage.Tests.Infrastructure;
using Orleans.Storage;

namespace Matchmaking.Storage.Tests.Contract;

public abstract partial class GrainStorageContract
{
    [Fact]
    public async Task Two_writers_from_the_same_etag_at_once_let_exactly_one_win()
    {
        for (var round = 0; round < 5; round++)
        {
            var id = NewId();
            var created = await CreateAsync(id);
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var writers = new[] { "left", "right" }.Select(name => Task.Run(async () =>
            {
                var mine = Copy(created, created.State with { Name = name });
                await go.Task;
                try
                {
                    await Storage.WriteStateAsync(StateName, id, mine);
                    return (Name: name, mine.ETag);
                }
                catch (InconsistentStateException)
                {
                    return (Name: (string?)null, ETag: (string?)null);
                }
            })).ToList();
            go.SetResult();

            var outcomes = await Task.WhenAll(writers);

            var winner = Assert.Single(outcomes, o => o.Name is not null);
            var read = await ReadAsync(id);
            Assert.Equal(winner.Name, read.State.Name);
            Assert.Equal(winner.ETag, read.ETag);
        }
    }

    [Fact]
    public async Task Concurrent_creates_of_one_record_let_exactly_one_win()
    {
        var id = NewId();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            await go.Task;
            try
            {
                await Storage.WriteStateAsync(StateName, id, new TestState<Profile>(SampleProfile($"writer {i}")));
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

    [Fact]
    public async Task Concurrent_read_modify_write_loses_no_update()
    {
        const int writers = 6;
        const int incrementsEach = 4;
        var id = NewId("counter");
        await Storage.WriteStateAsync("counter/counter", id, new TestState<Counter>(new Counter()));
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var tasks = Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            await go.Task;
            for (var done = 0; done < incrementsEach;)
            {
                var state = Empty<Counter>();
                await Storage.ReadStateAsync("counter/counter", id, state);
                state.State = new Counter { Count = state.State.Count + 1 };
                try
                {
                    await Storage.WriteStateAsync("counter/counter", id, state);
                    done++;
                }
                catch (InconsistentStateException)
                {
                }
            }
        })).ToList();
        go.SetResult();
        await Task.WhenAll(tasks);

        var final = Empty<Counter>();
        await Storage.ReadStateAsync("counter/counter", id, final);
        Assert.Equal(writers * incrementsEach, final.State.Count);
    }
}
