using Matchmaking.Storage.Tests.Infrastructure;
using Matchmaking.Testing;

namespace Matchmaking.Storage.Tests.Contract;

/// <summary>The storage contract on SQLite: one file in a temp folder for the class.</summary>
public sealed class SqliteGrainStorageContractTests(Shared<StorageSilo> shared) : GrainStorageContract(shared), IClassFixture<Shared<StorageSilo>>
{
    private readonly Shared<StorageSilo> shared = shared;

    protected override Task<StorageDatabase> CreateDatabaseAsync(string serviceId)
    {
        var folder = new TempDirectory("mm-storage-contract");
        shared.OnDispose(folder.Dispose);
        return Task.FromResult(new StorageDatabase(StorageProvider.Sqlite, $"Data Source={folder.Combine("grains.db")}", serviceId));
    }
}
