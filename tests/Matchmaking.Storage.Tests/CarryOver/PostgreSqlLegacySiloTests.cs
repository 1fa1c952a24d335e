using Matchmaking.Storage.Tests.Infrastructure;
using Matchmaking.Testing;

namespace Matchmaking.Storage.Tests.CarryOver;

/// <summary>The real silo process on a legacy PostgreSQL database.</summary>
[Collection("postgres")]
public sealed class PostgreSqlLegacySiloTests(PostgresFixture postgres, Shared<LegacySilo> shared)
    : LegacySiloContract(shared), IClassFixture<Shared<LegacySilo>>
{
    protected override async Task<(StorageDatabase Database, Dictionary<string, string> Settings)> CreateLegacyStoreAsync()
    {
        var connectionString = await postgres.Server.CreateUniqueDatabaseAsync("legacy_silo");
        await LegacyData.CreatePostgreSqlAsync(connectionString);
        return (new StorageDatabase(StorageProvider.PostgreSql, connectionString, LegacyData.ServiceId), new()
        {
            ["Storage__Provider"] = "PostgreSql",
            ["Storage__ConnectionString"] = connectionString,
        });
    }
}
