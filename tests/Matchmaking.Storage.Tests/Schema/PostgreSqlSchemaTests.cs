using Matchmaking.Storage.Tests.Infrastructure;
using Matchmaking.Testing;

namespace Matchmaking.Storage.Tests.Schema;

[Collection("postgres")]
public sealed class PostgreSqlSchemaTests(PostgresFixture postgres) : SchemaContract
{
    protected override async Task<StorageDatabase> CreateEmptyDatabaseAsync() =>
        new(StorageProvider.PostgreSql, await postgres.Server.CreateUniqueDatabaseAsync("schema"), "schema");

    [Fact]
    public async Task Four_silos_ensuring_the_schema_of_a_fresh_database_at_once_all_succeed()
    {
        var database = await CreateEmptyDatabaseAsync();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var runs = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await go.Task;
            await StorageSchema.EnsureAsync(database);
        })).ToList();
        go.SetResult();
        await Task.WhenAll(runs);

        Assert.True(await Tables.TableExistsAsync(database, "orleansstorage"));
        Assert.True(await Tables.TableExistsAsync(database, "orleansreminderstable"));
        Assert.Equal(SchemaContract.QueryKeys, await QueryKeysAsync(database));
    }
}
