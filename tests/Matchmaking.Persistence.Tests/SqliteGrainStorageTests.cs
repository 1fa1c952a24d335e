using Matchmaking.Runtime;
using Matchmaking.Runtime.Storage;
using Matchmaking.Testing;
using Microsoft.Data.Sqlite;

namespace Matchmaking.Persistence.Tests;

/// <summary>What only the SQLite file provider promises: durability on disk, WAL, its folder.</summary>
public sealed class SqliteGrainStorageTests : IDisposable
{
    private static readonly GrainId Id = new("company", "microdata");

    private readonly TempDirectory _folder = new("mm-sqlite");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Records_survive_closing_and_reopening_the_file()
    {
        var path = _folder.Combine("grains.db");
        await using (var storage = new SqliteGrainStorage(path))
        {
            await storage.WriteStateAsync("profile", Id, new GrainState<Counter>(new Counter(7)));
        }

        await using var reopened = new SqliteGrainStorage(path);
        var state = new GrainState<Counter>(new Counter(0));
        await reopened.ReadStateAsync("profile", Id, state);

        Assert.Equal(7, state.State.Count);
        Assert.Equal("1", state.ETag);
    }

    [Fact]
    public async Task An_acknowledged_write_is_in_the_files_while_connections_are_still_open()
    {
        // What a kill -9 leaves behind is what the files hold now, with pooled connections still open.
        var path = _folder.Combine("live", "grains.db");
        await using var storage = new SqliteGrainStorage(path);
        await storage.WriteStateAsync("profile", Id, new GrainState<Counter>(new Counter(1)));
        var state = new GrainState<Counter>(new Counter(2), "1");
        await storage.WriteStateAsync("profile", Id, state);

        var copy = _folder.Combine("copy", "grains.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(path, copy);
        if (File.Exists(path + "-wal"))
        {
            File.Copy(path + "-wal", copy + "-wal");
        }

        await using var recovered = new SqliteGrainStorage(copy);
        var read = new GrainState<Counter>(new Counter(0));
        await recovered.ReadStateAsync("profile", Id, read);
        Assert.Equal(2, read.State.Count);
        Assert.Equal("2", read.ETag);
    }

    [Fact]
    public async Task The_file_uses_a_write_ahead_log()
    {
        var path = _folder.Combine("grains.db");
        await using var storage = new SqliteGrainStorage(path);
        await storage.EnsureSchemaAsync();

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Missing_folders_of_a_relative_path_are_created()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, _folder.Combine("a", "b", "grains.db"));
        Assert.False(Path.IsPathRooted(relative));

        await using var storage = new SqliteGrainStorage(relative);
        await storage.EnsureSchemaAsync();

        Assert.Equal(_folder.Combine("a", "b", "grains.db"), storage.FilePath);
        Assert.True(File.Exists(storage.FilePath));
    }

    [Fact]
    public async Task A_connection_string_works_as_well_as_a_path()
    {
        var path = _folder.Combine("grains.db");
        await using (var storage = new SqliteGrainStorage($"Data Source={path}"))
        {
            await storage.WriteStateAsync("profile", Id, new GrainState<Counter>(new Counter(3)));
        }

        await using var byPath = new SqliteGrainStorage(path);
        var read = new GrainState<Counter>(new Counter(0));
        await byPath.ReadStateAsync("profile", Id, read);
        Assert.Equal(3, read.State.Count);
    }

    [Theory]
    [InlineData(":memory:")]
    [InlineData("Data Source=grains;Mode=Memory")]
    [InlineData("Data Source=file:grains.db?mode=memory")]
    public void An_in_memory_database_is_refused(string connectionString)
    {
        Assert.Throws<ArgumentException>(() => new SqliteGrainStorage(connectionString));
    }
}
