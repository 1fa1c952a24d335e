using Matchmaking.Testing;

namespace Matchmaking.Persistence.Tests;

/// <summary>The storage contract on SQLite: a fresh file in a temp folder for each test.</summary>
public sealed class SqliteGrainStorageContractTests : GrainStorageContract
{
    private readonly TempDirectory _folder = new("mm-sqlite");

    protected override Task<string> GetDatabaseAsync() => Task.FromResult(_folder.Combine("grains.db"));

    protected override Task<string> CreateEmptyDatabaseAsync() =>
        Task.FromResult(_folder.Combine($"empty-{Guid.NewGuid():N}", "grains.db"));

    protected override AdoNetGrainStorage CreateStorage(string database, string serviceId) =>
        new SqliteGrainStorage(database, serviceId);

    protected override Task DisposeDatabasesAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
