using Matchmaking.Runtime.Storage;

namespace Matchmaking.Persistence.Tests;

public abstract partial class GrainStorageContract
{
    [Fact]
    public async Task Creating_the_schema_again_keeps_the_records()
    {
        var id = NewId();
        await CreateAsync(id);

        await Storage.EnsureSchemaAsync();
        await Storage.EnsureSchemaAsync();
        var second = await OpenAsync(Database, ServiceId);

        var read = await ReadAsync(id, second);
        Assert.True(read.RecordExists);
        Assert.Equal("1", read.ETag);
    }

    [Fact]
    public async Task Storages_starting_at_once_on_an_empty_database_all_succeed()
    {
        var database = await CreateEmptyDatabaseAsync();
        var storages = new List<AdoNetGrainStorage>();
        for (var i = 0; i < 6; i++)
        {
            storages.Add(await OpenAsync(database, ServiceId, ensureSchema: false));
        }

        await Task.WhenAll(storages.Select(s => Task.Run(() => s.EnsureSchemaAsync())));

        var id = NewId();
        await CreateAsync(id, storage: storages[0]);
        Assert.True((await ReadAsync(id, storages[^1])).RecordExists);
    }

    [Fact]
    public async Task A_storage_creates_its_schema_on_first_use_without_being_asked()
    {
        var storage = await OpenAsync(await CreateEmptyDatabaseAsync(), ServiceId, ensureSchema: false);
        var id = NewId();

        var missing = await ReadAsync(id, storage);
        await storage.WriteStateAsync(StateName, id, new GrainState<Profile>(SampleProfile()));

        Assert.False(missing.RecordExists);
        Assert.True((await ReadAsync(id, storage)).RecordExists);
    }
}
