using Matchmaking.Storage.Tests.Infrastructure;
using Matchmaking.Testing;
using Microsoft.Data.Sqlite;

namespace Matchmaking.Storage.Tests.CarryOver;

/// <summary>The real silo process on a legacy SQLite file (the default store of the release before Orleans).</summary>
public sealed class SqliteLegacySiloTests(Shared<LegacySilo> shared) : LegacySiloContract(shared), IClassFixture<Shared<LegacySilo>>
{
    private readonly Shared<LegacySilo> shared = shared;

    protected override async Task<(StorageDatabase Database, Dictionary<string, string> Settings)> CreateLegacyStoreAsync()
    {
        var folder = new TempDirectory("mm-legacy-silo");
        shared.OnDispose(() =>
        {
            SqliteConnection.ClearAllPools();
            folder.Dispose();
        });
        var file = folder.Combine("data", "matchmaking.db");
        await LegacyData.CreateSqliteAsync(file);
        return (new StorageDatabase(StorageProvider.Sqlite, $"Data Source={file}", LegacyData.ServiceId), new()
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__ConnectionString"] = $"Data Source={file}",
        });
    }
}
