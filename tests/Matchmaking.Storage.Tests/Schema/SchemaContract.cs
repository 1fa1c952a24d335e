using Matchmaking.Storage.Tests.Infrastructure;

namespace Matchmaking.Storage.Tests.Schema;

/// <summary>StorageSchema.EnsureAsync runs at every silo start: it must be idempotent and bring query texts up to date.</summary>
public abstract class SchemaContract
{
    // The grain storage's three queries and the reminder table's seven.
    internal static readonly string[] QueryKeys = ["ClearStorageKey", "DeleteReminderRowKey", "DeleteReminderRowsKey", "ReadFromStorageKey", "ReadRangeRows1Key", "ReadRangeRows2Key", "ReadReminderRowKey", "ReadReminderRowsKey", "UpsertReminderRowKey", "WriteToStorageKey"];

    /// <summary>A database nobody has used yet.</summary>
    protected abstract Task<StorageDatabase> CreateEmptyDatabaseAsync();

    [Fact]
    public async Task Ensuring_the_schema_twice_is_harmless_and_keeps_the_rows()
    {
        var database = await CreateEmptyDatabaseAsync();
        await StorageSchema.EnsureAsync(database);
        await InsertRowAsync(database, "kept");

        await StorageSchema.EnsureAsync(database);
        await StorageSchema.EnsureAsync(database);

        Assert.Equal(QueryKeys, await QueryKeysAsync(database));
        var row = Assert.Single(await Tables.StorageRowsAsync(database));
        Assert.Equal(("kept", "{\"name\":\"kept\"}", 4), (row.Key, row.Payload, row.Version));
    }

    [Fact]
    public async Task An_older_query_text_is_replaced_by_the_current_one()
    {
        var database = await CreateEmptyDatabaseAsync();
        await StorageSchema.EnsureAsync(database);
        var current = await QueryTextAsync(database, "WriteToStorageKey");
        await Tables.ExecuteAsync(database, "UPDATE OrleansQuery SET QueryText = 'SELECT 1 AS NewGrainStateVersion' WHERE QueryKey = 'WriteToStorageKey'");

        await StorageSchema.EnsureAsync(database);

        Assert.Equal(current, await QueryTextAsync(database, "WriteToStorageKey"));
        Assert.Contains("NewGrainStateVersion", current, StringComparison.Ordinal);
    }

    protected static async Task<List<string>> QueryKeysAsync(StorageDatabase database) =>
        [.. (await Tables.QueryAsync(database, "SELECT QueryKey FROM OrleansQuery ORDER BY QueryKey")).Select(r => (string)r[0]!)];

    private static async Task<string> QueryTextAsync(StorageDatabase database, string key) =>
        (string)(await Tables.ScalarAsync(database, "SELECT QueryText FROM OrleansQuery WHERE QueryKey = @key", ("@key", key)))!;

    private static Task InsertRowAsync(StorageDatabase database, string key) => Tables.ExecuteAsync(database, database.Provider == StorageProvider.Sqlite
        ? "INSERT INTO OrleansStorage VALUES (@service, 'company/profile', 0, 0, @key, '{\"name\":\"kept\"}', 4, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"
        : "INSERT INTO orleansstorage VALUES (@service, 'company/profile', 0, 0, @key, '{\"name\":\"kept\"}', 4, clock_timestamp())",
        ("@service", database.ServiceId), ("@key", key));
}
