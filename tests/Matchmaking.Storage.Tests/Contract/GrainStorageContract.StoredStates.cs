using Matchmaking.Storage.Tests.Infrastructure;
using Orleans.Runtime;

namespace Matchmaking.Storage.Tests.Contract;

/// <summary>StoredStates reads the table Orleans writes, for what IGrainStorage has no call for.</summary>
public abstract partial class GrainStorageContract
{
    [Fact]
    public async Task ReadAll_returns_only_the_rows_with_payloads_of_that_state_name_in_key_order()
    {
        var state = $"scan-{Guid.NewGuid():N}/profile";
        var keys = new[] { "r-10", "r-02", "a-zeta", "r-01", "m-città", "b-0" };
        var etags = new Dictionary<string, string>();
        foreach (var key in keys)
        {
            var written = await CreateAsync(GrainId.Create("researcher", key), SampleProfile($"researcher {key}"), stateName: state);
            if (key == "r-02")
            {
                await Storage.WriteStateAsync(state, GrainId.Create("researcher", key), written);
            }

            etags[key] = written.ETag!;
        }

        var cleared = await CreateAsync(GrainId.Create("researcher", "r-03"), stateName: state);
        await Storage.ClearStateAsync(state, GrainId.Create("researcher", "r-03"), cleared);
        await CreateAsync(GrainId.Create("researcher", "r-01"), SampleProfile("another state"), stateName: state + "-other");

        var read = new List<(string Key, Profile State, int Version)>();
        await foreach (var row in Silo.States.ReadAllAsync<Profile>(state))
        {
            read.Add(row);
        }

        Assert.Equal(keys.Order(StringComparer.Ordinal), read.Select(r => r.Key));
        Assert.All(read, r => Assert.Equal($"researcher {r.Key}", r.State.Name));
        Assert.All(read, r => Assert.Equal(etags[r.Key], r.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equivalent(SampleProfile("researcher r-01"), read.Single(r => r.Key == "r-01").State, strict: true);
    }

    [Fact]
    public async Task ReadChangedSince_returns_the_writes_and_clears_after_a_moment_oldest_first()
    {
        var state = $"feed-{Guid.NewGuid():N}/profile";
        var before = await CreateAsync(GrainId.Create("company", "before"), stateName: state);
        var doomed = await CreateAsync(GrainId.Create("company", "doomed"), stateName: state);
        await Task.Delay(20);
        var since = await Silo.States.NowAsync();
        await Task.Delay(20);

        await CreateAsync(GrainId.Create("company", "new"), SampleProfile("new"), stateName: state);
        await Task.Delay(20);
        await Storage.ClearStateAsync(state, GrainId.Create("company", "doomed"), doomed);
        await Task.Delay(20);
        before.State = SampleProfile("updated");
        await Storage.WriteStateAsync(state, GrainId.Create("company", "before"), before);

        var rows = (await Silo.States.ReadChangedSinceAsync(since)).Where(r => r.StateName == state).ToList();

        Assert.Equal(["new", "doomed", "before"], rows.Select(r => r.Key));
        Assert.Equal("new", Silo.States.Read<Profile>(rows[0]).Name);
        Assert.Null(rows[1].Payload);
        Assert.Equal(int.Parse(doomed.ETag!, System.Globalization.CultureInfo.InvariantCulture), rows[1].Version);
        Assert.Equal("updated", Silo.States.Read<Profile>(rows[2]).Name);
        Assert.Equal(2, rows[2].Version);
        Assert.All(rows, r => Assert.True(r.ModifiedOn > since, $"{r.Key} at {r.ModifiedOn:O} is not after {since:O}"));
        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.ModifiedOn <= p.Second.ModifiedOn));
        Assert.DoesNotContain(await Silo.States.ReadChangedSinceAsync(rows[^1].ModifiedOn), r => r.StateName == state);

        // A feed's first read starts from the beginning of time.
        var everything = (await Silo.States.ReadChangedSinceAsync(DateTimeOffset.MinValue)).Where(r => r.StateName == state);
        Assert.Equal(["new", "doomed", "before"], everything.Select(r => r.Key));
    }

    [Fact]
    public async Task ReadOne_returns_a_cleared_row_with_a_null_payload_and_its_new_version()
    {
        var id = NewId();
        var state = await CreateAsync(id);
        await Storage.ClearStateAsync(StateName, id, state);

        var row = await Silo.States.ReadOneAsync(StateName, Key(id));

        Assert.NotNull(row);
        Assert.Null(row.Payload);
        Assert.Equal(StateName, row.StateName);
        Assert.Equal(Key(id), row.Key);
        Assert.Equal(2, row.Version);
    }

    [Theory]
    [InlineData("cafe")]
    [InlineData("2027")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    public async Task A_grain_key_made_of_hex_digits_is_stored_and_found_under_that_key(string slug)
    {
        // Valid actor ids (lowercase slugs) that Orleans' GrainId parsing can also read as a number or a Guid.
        var state = $"hex-{Guid.NewGuid():N}/profile";
        var id = GrainId.Create("company", slug);
        await CreateAsync(id, SampleProfile(slug), stateName: state);

        Assert.True((await ReadAsync(id, stateName: state)).RecordExists);
        var row = await Silo.States.ReadOneAsync(state, slug);
        var keys = new List<string>();
        await foreach (var (key, _, _) in Silo.States.ReadAllAsync<Profile>(state))
        {
            keys.Add(key);
        }

        var table = (await Tables.StorageRowsAsync(Database)).Single(r => r.StateName == state);
        Assert.True(row is not null && keys.SequenceEqual([slug]),
            $"StoredStates does not find '{slug}': ReadAll keys [{string.Join(", ", keys.Select(k => $"'{k}'"))}]; " +
            $"the table row has GrainIdExtensionString '{table.Key}', GrainIdN0 {table.N0}, GrainIdN1 {table.N1}");
    }
}
