using Matchmaking.Storage.Tests.Infrastructure;
using Orleans.Storage;

namespace Matchmaking.Storage.Tests.Contract;

public abstract partial class GrainStorageContract
{
    [Fact]
    public async Task A_cleared_record_reads_as_no_record()
    {
        var id = NewId();
        var state = await CreateAsync(id);

        await Storage.ClearStateAsync(StateName, id, state);

        Assert.False(state.RecordExists);
        var read = await ReadAsync(id);
        Assert.False(read.RecordExists, $"a read after the clear reports RecordExists = true (ETag {read.ETag}, name '{read.State.Name}')");
        Assert.NotEqual(SampleProfile().Name, read.State.Name);
    }

    [Fact]
    public async Task A_write_after_a_clear_succeeds()
    {
        var id = NewId();
        var state = await CreateAsync(id);
        await Storage.ClearStateAsync(StateName, id, state);

        state.State = SampleProfile("reborn");
        await Storage.WriteStateAsync(StateName, id, state);

        var read = await ReadAsync(id);
        Assert.True(read.RecordExists);
        Assert.Equal("reborn", read.State.Name);
        Assert.Equal(state.ETag, read.ETag);
    }

    [Fact]
    public async Task A_cleared_record_read_by_a_new_activation_can_be_written_again()
    {
        var id = NewId();
        var state = await CreateAsync(id);
        await Storage.ClearStateAsync(StateName, id, state);

        // A later activation knows only what it reads.
        var later = await ReadAsync(id);
        later.State = SampleProfile("created again");
        await Storage.WriteStateAsync(StateName, id, later);

        var read = await ReadAsync(id);
        Assert.True(read.RecordExists);
        Assert.Equal("created again", read.State.Name);
        Assert.Equal(later.ETag, read.ETag);
    }

    [Fact]
    public async Task A_clear_with_a_stale_etag_conflicts_and_keeps_the_record()
    {
        var id = NewId();
        var state = await CreateAsync(id);
        var stale = Copy(state);
        state.State = state.State with { Name = "newer" };
        await Storage.WriteStateAsync(StateName, id, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync(StateName, id, stale));

        var read = await ReadAsync(id);
        Assert.True(read.RecordExists);
        Assert.Equal("newer", read.State.Name);
        Assert.Equal(state.ETag, read.ETag);
    }
}
