using Matchmaking.Testing;
using Npgsql;

namespace Matchmaking.Persistence.Tests;

/// <summary>The throw-away server other test assemblies rely on.</summary>
[Collection("postgres")]
public sealed class PostgresServerTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_created_database_is_new_empty_and_reachable()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync($"created_{Guid.NewGuid():N}");

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT current_database(), (SELECT count(*) FROM pg_tables WHERE schemaname = 'public')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.StartsWith("created_", reader.GetString(0), StringComparison.Ordinal);
        Assert.Equal(0, reader.GetInt64(1));
    }

    [Fact]
    public async Task The_server_listens_on_loopback_only()
    {
        await using var connection = new NpgsqlConnection(postgres.Server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW listen_addresses", connection);

        Assert.Equal("127.0.0.1", await command.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("Robert\"; DROP DATABASE postgres; --")]
    [InlineData("UpperCase")]
    [InlineData("")]
    public async Task A_database_name_that_is_not_plain_is_refused(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => postgres.Server.CreateDatabaseAsync(name));
    }

    [Fact]
    public async Task Disposing_a_server_stops_it_and_deletes_its_folder()
    {
        var server = await PostgresServer.StartAsync();
        var folder = server.RootDirectory;
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false, Timeout = 2 };

        await server.DisposeAsync();

        Assert.False(Directory.Exists(folder));
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await Assert.ThrowsAsync<NpgsqlException>(() => connection.OpenAsync());
    }
}
