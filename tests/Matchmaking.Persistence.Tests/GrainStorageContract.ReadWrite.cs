using Matchmaking.Runtime;
using Matchmaking.Runtime.Storage;

namespace Matchmaking.Persistence.Tests;

public abstract partial class GrainStorageContract
{
    [Fact]
    public async Task Read_of_a_missing_record_keeps_the_state_and_reports_no_record()
    {
        var initial = SampleProfile("untouched");
        var state = new GrainState<Profile>(initial, eTag: "7", recordExists: true);

        await Storage.ReadStateAsync(StateName, NewId(), state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Same(initial, state.State);
    }

    [Fact]
    public async Task Write_then_read_round_trips_nested_records_and_lists()
    {
        var id = NewId();
        var written = await CreateAsync(id);

        var read = await ReadAsync(id);

        Assert.Equal("1", written.ETag);
        Assert.True(written.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(read.RecordExists);
        Assert.Equivalent(SampleProfile(), read.State, strict: true);
        Assert.Equal(SampleProfile().UpdatedAt, read.State.UpdatedAt);
    }

    [Fact]
    public async Task Write_with_the_current_etag_replaces_the_state_and_bumps_the_etag()
    {
        var id = NewId();
        var state = await CreateAsync(id);

        state.State = state.State with { Name = "Microdata spa", Themes = ["cloud"] };
        await Storage.WriteStateAsync(StateName, id, state);

        var read = await ReadAsync(id);
        Assert.Equal("2", state.ETag);
        Assert.Equal("2", read.ETag);
        Assert.Equal("Microdata spa", read.State.Name);
        Assert.Equal(["cloud"], read.State.Themes);
    }

    [Fact]
    public async Task Write_with_a_stale_etag_throws_and_changes_nothing()
    {
        var id = NewId();
        var first = await CreateAsync(id);
        var stale = new GrainState<Profile>(first.State, first.ETag, recordExists: true);
        first.State = first.State with { Name = "second" };
        await Storage.WriteStateAsync(StateName, id, first);

        stale.State = stale.State with { Name = "lost update" };
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, id, stale));

        Assert.Equal("2", error.StoredEtag);
        Assert.Equal("1", error.CurrentEtag);
        Assert.Equal("1", stale.ETag);
        var read = await ReadAsync(id);
        Assert.Equal("second", read.State.Name);
        Assert.Equal("2", read.ETag);
    }

    [Fact]
    public async Task Write_with_null_etag_on_an_existing_record_throws_and_changes_nothing()
    {
        var id = NewId();
        await CreateAsync(id);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteStateAsync(StateName, id, new GrainState<Profile>(SampleProfile("intruder"))));

        Assert.Equal("1", error.StoredEtag);
        Assert.Null(error.CurrentEtag);
        var read = await ReadAsync(id);
        Assert.Equal(SampleProfile().Name, read.State.Name);
        Assert.Equal("1", read.ETag);
    }

    [Fact]
    public async Task Write_with_an_etag_for_a_missing_record_throws_and_creates_nothing()
    {
        var id = NewId();

        var error = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteStateAsync(StateName, id, new GrainState<Profile>(SampleProfile(), "3", recordExists: true)));

        Assert.Null(error.StoredEtag);
        Assert.Equal("3", error.CurrentEtag);
        Assert.False((await ReadAsync(id)).RecordExists);
    }

    [Fact]
    public async Task Write_with_an_etag_that_is_not_a_version_throws_and_changes_nothing()
    {
        var id = NewId();
        await CreateAsync(id);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteStateAsync(StateName, id, new GrainState<Profile>(SampleProfile("bad"), "W/\"1\"", recordExists: true)));

        Assert.Equal(SampleProfile().Name, (await ReadAsync(id)).State.Name);
    }

    [Fact]
    public async Task A_payload_of_one_megabyte_round_trips()
    {
        var id = NewId();
        var note = string.Concat(Enumerable.Range(0, 1 << 20).Select(i => (char)('a' + (i % 26))));
        await CreateAsync(id, SampleProfile() with { Note = note });

        var read = await ReadAsync(id);

        Assert.Equal(1 << 20, read.State.Note!.Length);
        Assert.Equal(note, read.State.Note);
    }

    [Fact]
    public async Task Non_ascii_text_round_trips_unchanged()
    {
        var id = NewId();
        const string text = "Perché la città è più verde: caffè ☕, 🚀👩🏽‍🔬, 日本語, 中文, 한국어, \"virgolette\", back\\slash, tab\t, NUL\0.";
        await CreateAsync(id, SampleProfile(text) with { Themes = ["intelligenza artificiale", "manutenzione predittiva", "可持续发展"] });

        var read = await ReadAsync(id);

        Assert.Equal(text, read.State.Name);
        Assert.Equal(["intelligenza artificiale", "manutenzione predittiva", "可持续发展"], read.State.Themes);
    }

    [Fact]
    public async Task Grain_keys_with_non_ascii_and_sql_characters_are_plain_data()
    {
        var id = new GrainId("company", "o'brien\"; DROP TABLE grain_state; -- città 🚀");
        await CreateAsync(id);

        var read = await ReadAsync(id);

        Assert.True(read.RecordExists);
        Assert.False((await ReadAsync(id with { Key = "o'brien" })).RecordExists);
    }

    [Fact]
    public async Task A_cancelled_token_cancels_the_call()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Storage.WriteStateAsync(StateName, NewId(), new GrainState<Profile>(SampleProfile()), cancelled.Token));
    }
}
