using System.Globalization;
using Matchmaking.Runtime;
using Matchmaking.Runtime.Storage;

namespace Matchmaking.Persistence.Tests;

public abstract partial class GrainStorageContract
{
    [Fact]
    public async Task ReadAll_returns_exactly_the_stored_records_with_their_etags()
    {
        var expected = new Dictionary<string, (string Name, string ETag)>();
        for (var i = 0; i < 25; i++)
        {
            var id = new GrainId("researcher", $"r-{i:D2}");
            var state = await CreateAsync(id, SampleProfile($"researcher {i}"));
            for (var update = 0; update < i % 3; update++)
            {
                await Storage.WriteStateAsync(StateName, id, state);
            }

            expected[id.Key] = (state.State.Name, state.ETag!);
        }

        var cleared = await CreateAsync(new GrainId("researcher", "gone"));
        await Storage.ClearStateAsync(StateName, new GrainId("researcher", "gone"), cleared);
        await CreateAsync(new GrainId("company", "r-00"), SampleProfile("another type"));
        await Storage.WriteStateAsync("other-state", new GrainId("researcher", "r-00"), new GrainState<Counter>(new Counter(1)));

        var records = await ReadAllAsync<Profile>(Storage, StateName, "researcher");

        Assert.Equal(expected.Count, records.Count);
        Assert.All(records, r => Assert.Equal(expected[r.GrainKey], (r.State.Name, r.ETag)));
        Assert.Contains(records, r => r.ETag == "3");
        Assert.Equivalent(SampleProfile("researcher 7"), records.Single(r => r.GrainKey == "r-07").State, strict: true);
    }

    [Fact]
    public async Task ReadAll_of_a_type_without_records_is_empty()
    {
        Assert.Empty(await ReadAllAsync<Profile>(Storage, StateName, "nobody"));
    }

    [Fact]
    public async Task ReadAll_stops_when_cancelled_midway()
    {
        for (var i = 0; i < 5; i++)
        {
            await CreateAsync(new GrainId("theme", i.ToString(CultureInfo.InvariantCulture)));
        }

        using var cancel = new CancellationTokenSource();
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Storage.ReadAllAsync<Profile>(StateName, "theme", cancel.Token))
            {
                if (++seen == 2)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.Equal(2, seen);
    }

    [Fact]
    public async Task WriteMany_creates_missing_records_and_overwrites_existing_ones()
    {
        var existing = await CreateAsync(new GrainId("startup", "s-1"), SampleProfile("old"));

        var written = await Storage.WriteManyAsync(StateName, "startup", [
            new KeyValuePair<string, Profile>("s-1", SampleProfile("imported 1")),
            new KeyValuePair<string, Profile>("s-2", SampleProfile("imported 2")),
        ]);

        Assert.Equal(2, written);
        var records = (await ReadAllAsync<Profile>(Storage, StateName, "startup")).ToDictionary(r => r.GrainKey);
        Assert.Equal(("imported 1", "2"), (records["s-1"].State.Name, records["s-1"].ETag));
        Assert.Equal(("imported 2", "1"), (records["s-2"].State.Name, records["s-2"].ETag));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, new GrainId("startup", "s-1"), existing));
    }
}
