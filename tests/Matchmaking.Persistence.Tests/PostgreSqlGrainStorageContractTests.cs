using Matchmaking.Testing;

namespace Matchmaking.Persistence.Tests;

/// <summary>The storage contract on PostgreSQL: the throw-away server, one database for the class.</summary>
[Collection("postgres")]
public sealed class PostgreSqlGrainStorageContractTests(PostgresFixture postgres, ClassDatabase database)
    : GrainStorageContract, IClassFixture<ClassDatabase>
{
    protected override Task<string> GetDatabaseAsync() => database.GetAsync(postgres.Server, "contract");

    protected override Task<string> CreateEmptyDatabaseAsync() => postgres.Server.CreateUniqueDatabaseAsync("empty");

    protected override AdoNetGrainStorage CreateStorage(string database, string serviceId) =>
        new PostgreSqlGrainStorage(database, serviceId);
}
