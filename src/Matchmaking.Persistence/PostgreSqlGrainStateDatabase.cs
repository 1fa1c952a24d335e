using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Matchmaking.Persistence;

/// <summary>A PostgreSQL database reached through an <see cref="NpgsqlDataSource"/> (which pools the connections).</summary>
internal sealed class PostgreSqlGrainStateDatabase(NpgsqlDataSource dataSource, bool ownsDataSource) : IGrainStateDatabase
{
    // CREATE TABLE IF NOT EXISTS is not atomic in PostgreSQL: two sessions can both find the table missing
    // and one then fails on the catalog's unique index. A transaction-scoped advisory lock serialises them.
    // The payload is json, not jsonb: json keeps the text as written and accepts every string
    // System.Text.Json produces, while jsonb rejects "\u0000".
    private const string SchemaSql = """
        SELECT pg_advisory_xact_lock(7424211594316187761);
        CREATE TABLE IF NOT EXISTS grain_state (
            service_id  text        NOT NULL,
            grain_type  text        NOT NULL,
            grain_key   text        NOT NULL,
            state_name  text        NOT NULL,
            payload     json        NOT NULL,
            version     integer     NOT NULL,
            modified_on timestamptz NOT NULL,
            PRIMARY KEY (service_id, grain_type, grain_key, state_name)
        );
        """;

    private int _disposed;

    public string NowSql => "now()";

    public async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    public DbParameter CreatePayloadParameter(string name, string json) =>
        new NpgsqlParameter(name, NpgsqlDbType.Json) { Value = json };

    public async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(SchemaSql, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public void Dispose()
    {
        if (ownsDataSource && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            dataSource.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (ownsDataSource && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await dataSource.DisposeAsync();
        }
    }
}
