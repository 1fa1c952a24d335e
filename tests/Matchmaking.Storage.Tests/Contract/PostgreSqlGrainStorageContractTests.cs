using Matchmaking.Storage.Tests.Infrastructure;
using Matchmaking.Testing;

namespace Matchmaking.Storage.Tests.Contract;

/// <summary>The storage contract on PostgreSQL: the throw-away server, one database for the class.</summary>
[Collection("postgres")]
public sealed class PostgreSqlGrainStorageContractTests(PostgresFixture postgres, Shared<StorageSilo> shared)
    : GrainStorageContract(shared), IClassFixture<Shared<StorageSilo>>
{
    protected override async Task<StorageDatabase> CreateDatabaseAsync(string serviceId) =>
        new(StorageProvider.PostgreSql, await postgres.Server.CreateUniqueDatabaseAsync("contract"), serviceId);
}
