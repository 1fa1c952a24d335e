using Matchmaking.Storage.Tests.Infrastructure;
using Matchmaking.Testing;

namespace Matchmaking.Storage.Tests.Schema;

public sealed class SqliteSchemaTests : SchemaContract, IDisposable
{
    private readonly TempDirectory folder = new("mm-storage-schema");

    public void Dispose() => folder.Dispose();

    protected override Task<StorageDatabase> CreateEmptyDatabaseAsync() =>
        Task.FromResult(new StorageDatabase(StorageProvider.Sqlite, $"Data Source={folder.Combine($"{Guid.NewGuid():N}.db")}", "schema"));

    [Fact]
    public async Task The_folder_of_a_file_that_does_not_exist_yet_is_created_and_the_file_is_in_wal_mode()
    {
        var file = folder.Combine("not", "there", "yet", "grains.db");
        var database = new StorageDatabase(StorageProvider.Sqlite, $"Data Source={file}", "schema");

        await StorageSchema.EnsureAsync(database);

        Assert.True(File.Exists(file));
        Assert.Equal(file, database.FilePath);
        Assert.Equal("wal", await Tables.ScalarAsync(database, "PRAGMA journal_mode"));
        Assert.True(await Tables.TableExistsAsync(database, "OrleansStorage"));
        Assert.True(await Tables.TableExistsAsync(database, "OrleansRemindersTable"));
        Assert.Equal(SchemaContract.QueryKeys.Length, (await QueryKeysAsync(database)).Count);
        database.ReleaseFile();
    }

    [Fact]
    public void A_relative_path_becomes_a_full_path_and_an_in_memory_database_is_refused()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder.Combine("rel", "grains.db"));

        Assert.Equal(folder.Combine("rel", "grains.db"), new StorageDatabase(StorageProvider.Sqlite, relative, "schema").FilePath);
        Assert.Throws<ArgumentException>(() => new StorageDatabase(StorageProvider.Sqlite, ":memory:", "schema"));
        Assert.Throws<ArgumentException>(() => new StorageDatabase(StorageProvider.Sqlite, "Data Source=grains;Mode=Memory", "schema"));
    }
}
