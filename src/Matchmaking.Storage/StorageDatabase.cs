using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Matchmaking.Storage;

/// <summary>
/// One database that holds the grains' state: which provider, its connection string, and the deployment
/// (<see cref="ServiceId"/>) whose rows are ours. Opens short-lived pooled connections; holds none itself.
/// </summary>
public sealed record StorageDatabase
{
    public StorageDatabase(StorageProvider provider, string connectionString, string serviceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceId);
        Provider = provider;
        ConnectionString = provider == StorageProvider.Sqlite ? SqliteFile(connectionString) : connectionString;
        ServiceId = serviceId;
    }

    public StorageProvider Provider { get; }

    public string ConnectionString { get; }

    public string ServiceId { get; }

    /// <summary>
    /// The name Orleans' ADO.NET providers know the driver by. For SQLite it is <c>System.Data.SQLite</c>, which
    /// Orleans 10.4.2 resolves to Microsoft.Data.Sqlite's factory (the name <c>Microsoft.Data.Sqlite</c> fails at start).
    /// </summary>
    public string Invariant => Provider switch
    {
        StorageProvider.Sqlite => "System.Data.SQLite",
        StorageProvider.PostgreSql => "Npgsql",
        _ => throw new InvalidOperationException($"Unknown storage provider {Provider}."),
    };

    /// <summary>For SQLite, the database file (a full path).</summary>
    public string? FilePath => Provider == StorageProvider.Sqlite ? new SqliteConnectionStringBuilder(ConnectionString).DataSource : null;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = Provider == StorageProvider.Sqlite
            ? new SqliteConnection(ConnectionString)
            : new NpgsqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Releases pooled SQLite connections, so the file can be moved or deleted (tests, tools).</summary>
    public void ReleaseFile()
    {
        if (Provider == StorageProvider.Sqlite)
        {
            using var connection = new SqliteConnection(ConnectionString);
            SqliteConnection.ClearPool(connection);
        }
    }

    // Each call opens its own connection, so an in-memory database would vanish between calls: a file it must be.
    private static string SqliteFile(string connectionStringOrPath)
    {
        var builder = connectionStringOrPath.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(connectionStringOrPath)
            : new SqliteConnectionStringBuilder { DataSource = connectionStringOrPath };
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" ||
            builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"SQLite grain storage needs a file path, not '{builder.DataSource}'.", nameof(connectionStringOrPath));
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource);
        return builder.ToString();
    }
}
