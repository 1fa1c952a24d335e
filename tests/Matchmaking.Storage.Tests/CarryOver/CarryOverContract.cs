using System.Globalization;
using System.Text.Json.Nodes;
using Matchmaking.Storage.Tests.Infrastructure;
using Orleans.Runtime;

namespace Matchmaking.Storage.Tests.CarryOver;

/// <summary>
/// The first start of the Orleans version on a store the release before it wrote: LegacyStore copies every
/// <c>grain_state</c> row (Legacy/legacy-grain-state.jsonl, through that release's own DDL) into Orleans' table.
/// </summary>
public abstract class CarryOverContract
{
    /// <summary>A new database holding the legacy table with every fixture row (and nothing else).</summary>
    protected abstract Task<StorageDatabase> CreateLegacyDatabaseAsync();

    /// <summary>A new database with nothing in it.</summary>
    protected abstract Task<StorageDatabase> CreateEmptyDatabaseAsync();

    /// <summary>Adds a row to the legacy table, as the legacy release would have written it.</summary>
    protected abstract Task AddLegacyRowAsync(StorageDatabase database, LegacyRow row);

    [Fact]
    public async Task Every_legacy_row_is_copied_with_its_payload_and_version_and_the_old_table_is_kept_renamed()
    {
        var database = await CreateLegacyDatabaseAsync();

        await StorageSchema.EnsureAsync(database);
        var copied = await LegacyStore.CarryOverAsync(database);

        Assert.Equal(LegacyData.RowCount, copied);
        var rows = await Tables.StorageRowsAsync(database);
        Assert.Equal(LegacyData.RowCount, rows.Count);
        var byKey = rows.ToDictionary(r => (r.ServiceId, r.StateName, r.Key));
        Assert.All(LegacyData.Rows, legacy =>
        {
            Assert.True(byKey.TryGetValue((legacy.ServiceId, legacy.OrleansStateName, legacy.GrainKey), out var row), $"{legacy.OrleansStateName} '{legacy.GrainKey}' was not copied");
            Assert.Equal(legacy.Payload, row.Payload);
            Assert.Equal(legacy.Version, row.Version);
            Assert.Equal(Tables.Time(legacy.ModifiedOn), row.ModifiedOn);
            Assert.Equal((0L, 0L), (row.N0, row.N1));
        });
        Assert.False(await Tables.TableExistsAsync(database, LegacyStore.Table));
        Assert.True(await Tables.TableExistsAsync(database, LegacyStore.KeptTable));
        Assert.Equal(LegacyData.RowCount, await Tables.CountAsync(database, $"SELECT count(*) FROM {LegacyStore.KeptTable}"));
    }

    [Fact]
    public async Task A_second_carry_over_copies_nothing_and_changes_nothing()
    {
        var database = await CreateLegacyDatabaseAsync();
        await StorageSchema.EnsureAsync(database);
        await LegacyStore.CarryOverAsync(database);
        var after = await Tables.StorageRowsAsync(database);

        await StorageSchema.EnsureAsync(database);
        var copied = await LegacyStore.CarryOverAsync(database);

        Assert.Equal(0, copied);
        Assert.Equal(after, await Tables.StorageRowsAsync(database));
        Assert.Equal(LegacyData.RowCount, await Tables.CountAsync(database, $"SELECT count(*) FROM {LegacyStore.KeptTable}"));
        Assert.False(await Tables.TableExistsAsync(database, LegacyStore.Table));
    }

    [Fact]
    public async Task A_store_without_a_legacy_table_is_left_alone()
    {
        var database = await CreateEmptyDatabaseAsync();
        await StorageSchema.EnsureAsync(database);

        Assert.Equal(0, await LegacyStore.CarryOverAsync(database));
        Assert.Empty(await Tables.StorageRowsAsync(database));
        Assert.False(await Tables.TableExistsAsync(database, LegacyStore.KeptTable));
    }

    [Fact]
    public async Task A_row_already_in_the_new_table_is_left_as_it_is()
    {
        var database = await CreateLegacyDatabaseAsync();
        await StorageSchema.EnsureAsync(database);
        await Tables.ExecuteAsync(database, database.Provider == StorageProvider.Sqlite
            ? "INSERT INTO OrleansStorage VALUES ('matchmaking', 'access/access', 0, 0, 'registry', '{\"users\":[]}', 40, '2027-01-01T00:00:00.000Z')"
            : "INSERT INTO orleansstorage VALUES ('matchmaking', 'access/access', 0, 0, 'registry', '{\"users\":[]}', 40, '2027-01-01T00:00:00Z')");

        var copied = await LegacyStore.CarryOverAsync(database);

        Assert.Equal(LegacyData.RowCount - 1, copied);
        var access = (await Tables.StorageRowsAsync(database)).Single(r => r.StateName == "access/access");
        Assert.Equal(("{\"users\":[]}", 40), (access.Payload, access.Version));
    }

    [Fact]
    public async Task A_silo_started_on_a_legacy_store_carries_it_over_and_reads_every_row_with_its_version_as_etag()
    {
        var database = await CreateLegacyDatabaseAsync();

        await using var silo = await StorageSilo.StartAsync(database);

        Assert.False(await Tables.TableExistsAsync(database, LegacyStore.Table));
        foreach (var legacy in LegacyData.Rows)
        {
            var state = new TestState<JsonObject>([]);
            await silo.Storage.ReadStateAsync(legacy.OrleansStateName, GrainId.Create(legacy.GrainType, legacy.GrainKey), state);
            Assert.True(state.RecordExists, $"{legacy.OrleansStateName} '{legacy.GrainKey}' is not found through Orleans' storage");
            Assert.Equal(legacy.Version.ToString(CultureInfo.InvariantCulture), state.ETag);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(legacy.Payload), state.State), $"{legacy.OrleansStateName} '{legacy.GrainKey}' reads differently");
        }

        foreach (var group in LegacyData.Rows.GroupBy(r => r.OrleansStateName))
        {
            var keys = new List<string>();
            await foreach (var (key, _, version) in silo.States.ReadAllAsync<JsonObject>(group.Key))
            {
                keys.Add(key);
                Assert.Equal(group.Single(r => r.GrainKey == key).Version, version);
            }

            Assert.Equal(group.Select(r => r.GrainKey).Order(StringComparer.Ordinal), keys);
        }
    }

    [Fact]
    public async Task A_carried_over_row_whose_key_is_all_hex_digits_is_found_by_its_grain()
    {
        // "2027" and "cafe" are valid actor ids (lowercase slugs) the legacy release stored like any other.
        var database = await CreateLegacyDatabaseAsync();
        var template = LegacyData.Rows.First(r => r.GrainType == "company" && r.StateName == "profile");
        await AddLegacyRowAsync(database, template with { GrainKey = "2027" });
        await AddLegacyRowAsync(database, template with { GrainKey = "cafe" });

        await using var silo = await StorageSilo.StartAsync(database);

        var missing = new List<string>();
        foreach (var key in new[] { "2027", "cafe" })
        {
            var state = new TestState<JsonObject>([]);
            await silo.Storage.ReadStateAsync("company/profile", GrainId.Create("company", key), state);
            if (!state.RecordExists)
            {
                missing.Add(key);
            }
        }

        Assert.True(missing.Count == 0, $"carried over, but company/profile of [{string.Join(", ", missing)}] is not found through Orleans' storage");
    }
}
