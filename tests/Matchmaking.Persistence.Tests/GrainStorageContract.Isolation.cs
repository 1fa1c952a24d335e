using Matchmaking.Runtime;
using Matchmaking.Runtime.Storage;

namespace Matchmaking.Persistence.Tests;

public abstract partial class GrainStorageContract
{
    [Fact]
    public async Task Deployments_with_different_service_ids_do_not_see_each_other()
    {
        var other = await OpenAsync(Database, $"other-{Guid.NewGuid():N}");
        var id = NewId();
        await CreateAsync(id, SampleProfile("ours"));

        Assert.False((await ReadAsync(id, other)).RecordExists);
        var theirs = await CreateAsync(id, SampleProfile("theirs"), other);
        await other.ClearStateAsync(StateName, id, theirs);

        var ours = await ReadAsync(id);
        Assert.Equal("ours", ours.State.Name);
        Assert.Equal("1", ours.ETag);
        Assert.Empty(await ReadAllAsync<Profile>(other, StateName, id.Type));
        Assert.Single(await ReadAllAsync<Profile>(Storage, StateName, id.Type));
    }

    [Fact]
    public async Task Grain_type_and_state_name_are_part_of_the_record_key()
    {
        var key = $"k-{Guid.NewGuid():N}";
        var company = new GrainId("company", key);
        var startup = new GrainId("startup", key);
        await CreateAsync(company, SampleProfile("company profile"));
        await CreateAsync(startup, SampleProfile("startup profile"));
        await Storage.WriteStateAsync("settings", company, new GrainState<Counter>(new Counter(42)));

        Assert.Equal("company profile", (await ReadAsync(company)).State.Name);
        Assert.Equal("startup profile", (await ReadAsync(startup)).State.Name);
        var settings = new GrainState<Counter>(new Counter(0));
        await Storage.ReadStateAsync("settings", company, settings);
        Assert.Equal(42, settings.State.Count);
        Assert.False((await ReadAsync(new GrainId("researcher", key))).RecordExists);
        Assert.False((await ReadAsync(startup, stateName: "settings")).RecordExists);
    }
}
