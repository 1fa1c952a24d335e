using Matchmaking.Storage.Tests.Infrastructure;
using Matchmaking.Testing;
using Microsoft.Data.Sqlite;

namespace Matchmaking.Storage.Tests.CarryOver;

public sealed class SqliteCarryOverTests : CarryOverContract, IDisposable
{
    private readonly TempDirectory folder = new("mm-storage-legacy");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    protected override async Task<StorageDatabase> CreateLegacyDatabaseAsync()
    {
        var file = folder.Combine($"{Guid.NewGuid():N}", "matchmaking.db");
        await LegacyData.CreateSqliteAsync(file);
        return new StorageDatabase(StorageProvider.Sqlite, $"Data Source={file}", LegacyData.ServiceId);
    }

    protected override Task<StorageDatabase> CreateEmptyDatabaseAsync() =>
        Task.FromResult(new StorageDatabase(StorageProvider.Sqlite, $"Data Source={folder.Combine($"{Guid.NewGuid():N}.db")}", LegacyData.ServiceId));

    protected override Task AddLegacyRowAsync(StorageDatabase database, LegacyRow row) => Tables.ExecuteAsync(database,
        "INSERT INTO grain_state VALUES (@service, @type, @key, @state, @payload, @version, @modified)",
        ("@service", row.ServiceId), ("@type", row.GrainType), ("@key", row.GrainKey), ("@state", row.StateName),
        ("@payload", row.Payload), ("@version", row.Version), ("@modified", row.ModifiedOn));
}
