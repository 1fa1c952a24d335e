using Matchmaking.Storage.Tests.Infrastructure;
using Matchmaking.Testing;

namespace Matchmaking.Storage.Tests.CarryOver;

[Collection("postgres")]
public sealed class PostgreSqlCarryOverTests(PostgresFixture postgres) : CarryOverContract
{
    protected override async Task<StorageDatabase> CreateLegacyDatabaseAsync()
    {
        var connectionString = await postgres.Server.CreateUniqueDatabaseAsync("legacy");
        await LegacyData.CreatePostgreSqlAsync(connectionString);
        return new StorageDatabase(StorageProvider.PostgreSql, connectionString, LegacyData.ServiceId);
    }

    protected override async Task<StorageDatabase> CreateEmptyDatabaseAsync() =>
        new(StorageProvider.PostgreSql, await postgres.Server.CreateUniqueDatabaseAsync("empty"), LegacyData.ServiceId);

    protected override Task AddLegacyRowAsync(StorageDatabase database, LegacyRow row) => Tables.ExecuteAsync(database,
        "INSERT INTO grain_state VALUES (@service, @type, @key, @state, CAST(@payload AS json), @version, CAST(@modified AS timestamptz))",
        ("@service", row.ServiceId), ("@type", row.GrainType), ("@key", row.GrainKey), ("@state", row.StateName),
        ("@payload", row.Payload), ("@version", row.Version), ("@modified", row.ModifiedOn));

    [Fact]
    public async Task Two_carry_overs_of_one_legacy_database_at_once_both_succeed_and_copy_every_row_once()
    {
        // Each silo's StorageSchemaParticipant runs EnsureAsync (under the schema lock) and then CarryOverAsync (not under
        // it). When two silos start together and the second's schema step ends between the first's schema step and the
        // first's copy (a few milliseconds of the first silo's start), both copy at once: that moment is what runs here.
        // The store has more rows than the fixture, as a real one would, so that the two copies overlap.
        const int more = 30_000;
        var database = await CreateLegacyDatabaseAsync();
        await Tables.ExecuteAsync(database, $$"""
            INSERT INTO grain_state
            SELECT 'matchmaking', 'company', 'bulk-' || g, 'relations', CAST('{"declined":[]}' AS json), 1, now()
            FROM generate_series(1, {{more}}) AS g
            """);
        await StorageSchema.EnsureAsync(database);
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var starts = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await go.Task;
            try
            {
                return (Copied: await LegacyStore.CarryOverAsync(database), Error: (string?)null);
            }
            catch (Exception e)
            {
                return (Copied: 0, Error: $"{e.GetType().Name}: {e.Message} {(e as Npgsql.PostgresException)?.Detail}");
            }
        })).ToList();
        go.SetResult();

        var outcomes = await Task.WhenAll(starts);

        Assert.True(outcomes.All(o => o.Error is null), "a silo failed to start: " + string.Join(" | ", outcomes.Select(o => o.Error).OfType<string>()));
        Assert.Equal(LegacyData.RowCount + more, outcomes.Sum(o => o.Copied));
        Assert.Equal(LegacyData.RowCount + more, await Tables.CountAsync(database, "SELECT count(*) FROM orleansstorage"));
        Assert.True(await Tables.TableExistsAsync(database, LegacyStore.KeptTable));
    }
}
