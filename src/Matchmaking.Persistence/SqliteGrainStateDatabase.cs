using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Matchmaking.Persistence;

/// <summary>An SQLite file in WAL mode, with <c>synchronous = FULL</c> so an acknowledged write survives a crash of the process or the machine.</summary>
internal sealed class SqliteGrainStateDatabase : IGrainStateDatabase
{
    // Run on every opened connection: both settings belong to the connection, not to the file.
    private const string ConnectionPragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = FULL;";

    private const string SchemaSql = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS grain_state (
            service_id  TEXT    NOT NULL,
            grain_type  TEXT    NOT NULL,
            grain_key   TEXT    NOT NULL,
            state_name  TEXT    NOT NULL,
            payload     TEXT    NOT NULL,
            version     INTEGER NOT NULL,
            modified_on TEXT    NOT NULL,
            PRIMARY KEY (service_id, grain_type, grain_key, state_name)
        );
        """;

    private readonly string _connectionString;
    private readonly string _filePath;
    private int _disposed;

    public SqliteGrainStateDatabase(string connectionStringOrPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionStringOrPath);
        var builder = connectionStringOrPath.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(connectionStringOrPath)
            : new SqliteConnectionStringBuilder { DataSource = connectionStringOrPath };

        // Each call opens and closes its own connection, so an in-memory database would vanish between calls.
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" ||
            builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"SQLite grain storage needs a file path, not '{builder.DataSource}'.",
                nameof(connectionStringOrPath));
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource);
        _filePath = builder.DataSource;
        _connectionString = builder.ToString();
    }

    public string NowSql => "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    public string FilePath => _filePath;

    public async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = ConnectionPragmas;
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public DbParameter CreatePayloadParameter(string name, string json) =>
        new SqliteParameter(name, SqliteType.Text) { Value = json };

    public async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(_filePath) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SchemaSql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            // Pooled connections keep the file open; release them so the file can be moved or deleted.
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
