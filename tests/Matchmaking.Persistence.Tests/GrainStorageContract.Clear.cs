using Matchmaking.Runtime.Storage;

namespace Matchmaking.Persistence.Tests;

public abstract partial class GrainStorageContract
{
    [Fact]
    public async Task Clear_with_the_current_etag_deletes_the_record()
    {
        var id = NewId();
        var state = await CreateAsync(id);

        await Storage.ClearStateAsync(StateName, id, state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        var read = await ReadAsync(id);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
    }

    [Fact]
    public async Task Clear_with_a_stale_etag_throws_and_keeps_the_record()
    {
        var id = NewId();
        var state = await CreateAsync(id);
        var stale = new GrainState<Profile>(state.State, state.ETag, recordExists: true);
        await Storage.WriteStateAsync(StateName, id, state);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync(StateName, id, stale));

        Assert.Equal("2", error.StoredEtag);
        Assert.Equal("1", error.CurrentEtag);
        var read = await ReadAsync(id);
        Assert.True(read.RecordExists);
        Assert.Equal("2", read.ETag);
    }

    [Fact]
    public async Task Clear_of_a_missing_record_with_null_etag_does_nothing()
    {
        var state = Empty();

        await Storage.ClearStateAsync(StateName, NewId(), state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
    }

    [Fact]
    public async Task Clear_with_null_etag_on_an_existing_record_throws_and_keeps_it()
    {
        var id = NewId();
        await CreateAsync(id);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync(StateName, id, Empty()));

        Assert.Equal("1", error.StoredEtag);
        Assert.True((await ReadAsync(id)).RecordExists);
    }

    [Fact]
    public async Task A_cleared_record_can_be_created_again()
    {
        var id = NewId();
        var state = await CreateAsync(id);
        await Storage.ClearStateAsync(StateName, id, state);

        state.State = SampleProfile("reborn");
        await Storage.WriteStateAsync(StateName, id, state);

        var read = await ReadAsync(id);
        Assert.Equal("reborn", read.State.Name);
        Assert.Equal(state.ETag, read.ETag);
    }
}
