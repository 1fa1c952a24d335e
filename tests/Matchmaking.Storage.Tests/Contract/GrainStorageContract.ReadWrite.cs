using System.Text.Json;
using Matchmaking.Storage.Tests.Infrastructure;
using Orleans.Runtime;
using Orleans.Storage;

namespace Matchmaking.Storage.Tests.Contract;

public abstract partial class GrainStorageContract
{
    [Fact]
    public async Task A_missing_record_reads_as_no_record()
    {
        var state = new TestState<Profile>(SampleProfile("left over"), "7") { RecordExists = true };

        await Storage.ReadStateAsync(StateName, NewId(), state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.NotNull(state.State);
        Assert.NotEqual("left over", state.State.Name);
    }

    [Fact]
    public async Task A_written_record_reads_back_equal_with_its_lists_nested_records_dictionary_time_and_non_ascii_text()
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
        Assert.Equal(TimeSpan.FromHours(1), read.State.UpdatedAt.Offset);
        Assert.Equal(NonAscii, read.State.Note);
        Assert.Equal(NonAscii, read.State.Themes[2]);
        Assert.Equal("Cluster “Lombardo”", read.State.Memberships[1].Hub);
    }

    [Fact]
    public async Task Every_write_changes_the_etag()
    {
        var id = NewId();
        var state = await CreateAsync(id);
        var etags = new List<string?> { state.ETag };

        for (var i = 0; i < 3; i++)
        {
            state.State = state.State with { Name = $"write {i}" };
            await Storage.WriteStateAsync(StateName, id, state);
            etags.Add(state.ETag);
        }

        Assert.Equal(etags.Count, etags.Distinct().Count());
        Assert.DoesNotContain(null, etags);
        var read = await ReadAsync(id);
        Assert.Equal(etags[^1], read.ETag);
        Assert.Equal("write 2", read.State.Name);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_conflicts_and_changes_nothing()
    {
        var id = NewId();
        var first = await CreateAsync(id);
        var stale = Copy(first);
        first.State = first.State with { Name = "second" };
        await Storage.WriteStateAsync(StateName, id, first);

        stale.State = stale.State with { Name = "lost update" };
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, id, stale));

        var read = await ReadAsync(id);
        Assert.Equal("second", read.State.Name);
        Assert.Equal(first.ETag, read.ETag);
    }

    [Fact]
    public async Task A_write_without_an_etag_on_an_existing_record_conflicts_and_changes_nothing()
    {
        var id = NewId();
        var existing = await CreateAsync(id);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteStateAsync(StateName, id, new TestState<Profile>(SampleProfile("intruder"))));

        var read = await ReadAsync(id);
        Assert.Equal(SampleProfile().Name, read.State.Name);
        Assert.Equal(existing.ETag, read.ETag);
    }

    [Fact]
    public async Task A_write_with_an_etag_for_a_missing_record_conflicts_and_creates_nothing()
    {
        var id = NewId();

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteStateAsync(StateName, id, new TestState<Profile>(SampleProfile(), "3") { RecordExists = true }));

        Assert.False((await ReadAsync(id)).RecordExists);
        Assert.Null(await Silo.States.ReadOneAsync(StateName, Key(id)));
    }

    [Fact]
    public async Task A_one_megabyte_payload_round_trips()
    {
        var id = NewId();
        var note = string.Concat(Enumerable.Range(0, 1 << 20).Select(i => i % 1000 == 0 ? 'é' : (char)('a' + (i % 26))));
        await CreateAsync(id, SampleProfile() with { Note = note });

        var read = await ReadAsync(id);

        Assert.Equal(1 << 20, read.State.Note!.Length);
        Assert.Equal(note, read.State.Note);
        Assert.True((await Tables.PayloadAsync(Database, StateName, Key(id)))!.Length > 1 << 20);
    }

    [Fact]
    public async Task Keys_with_quotes_semicolons_and_non_ascii_are_plain_data()
    {
        var id = GrainId.Create("company", $"o'brien\"; DROP TABLE OrleansStorage; -- città 🎻 {Guid.NewGuid():N}");
        await CreateAsync(id);

        Assert.True((await ReadAsync(id)).RecordExists);
        Assert.False((await ReadAsync(GrainId.Create("company", "o'brien"))).RecordExists);
        Assert.NotNull(await Silo.States.ReadOneAsync(StateName, Key(id)));
    }

    [Fact]
    public async Task Two_keys_that_read_as_the_same_number_keep_separate_records()
    {
        // Both are valid actor ids (slugs) of two different actors.
        var state = $"number-{Guid.NewGuid():N}/profile";
        await CreateAsync(GrainId.Create("company", "cafe"), SampleProfile("Caffè Cafe"), stateName: state);

        var other = await ReadAsync(GrainId.Create("company", "0cafe"), stateName: state);

        Assert.False(other.RecordExists, $"company '0cafe' reads company 'cafe''s record: '{other.State.Name}', ETag {other.ETag}");
    }

    [Fact]
    public async Task The_payload_column_is_readable_json_text_with_non_ascii_not_escaped()
    {
        var id = NewId();
        await CreateAsync(id, SampleProfile("Caffè “Perché” é"));

        var payload = await Tables.PayloadAsync(Database, StateName, Key(id));

        Assert.NotNull(payload);
        using var document = JsonDocument.Parse(payload);
        Assert.Equal("Caffè “Perché” é", document.RootElement.GetProperty("name").GetString());
        Assert.Equal("researcher", document.RootElement.GetProperty("kind").GetString());
        Assert.Equal(NonAscii, document.RootElement.GetProperty("note").GetString());
        Assert.Contains("\"name\":\"Caffè “Perché” é\"", payload, StringComparison.Ordinal);
        Assert.Contains("città perché “€”", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00E9", payload, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\u00E0", payload, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task State_name_and_key_together_name_a_record()
    {
        var key = $"k-{Guid.NewGuid():N}";
        await CreateAsync(GrainId.Create("company", key), SampleProfile("company profile"));
        await CreateAsync(GrainId.Create("startup", key), SampleProfile("startup profile"), stateName: "startup/profile");
        await Storage.WriteStateAsync("company/relations", GrainId.Create("company", key), new TestState<Counter>(new Counter { Count = 42 }));

        Assert.Equal("company profile", (await ReadAsync(GrainId.Create("company", key))).State.Name);
        Assert.Equal("startup profile", (await ReadAsync(GrainId.Create("startup", key), stateName: "startup/profile")).State.Name);
        var relations = Empty<Counter>();
        await Storage.ReadStateAsync("company/relations", GrainId.Create("company", key), relations);
        Assert.Equal(42, relations.State.Count);
        Assert.False((await ReadAsync(GrainId.Create("researcher", key), stateName: "researcher/profile")).RecordExists);

        // The provider leaves the grain type out of the record's key: that is why every state name carries it.
        Assert.Equal("company profile", (await ReadAsync(GrainId.Create("researcher", key))).State.Name);
    }
}
