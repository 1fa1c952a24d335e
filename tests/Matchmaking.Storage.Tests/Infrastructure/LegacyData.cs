using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Matchmaking.Storage.Tests.Infrastructure;

/// <summary>One row of the pre-Orleans <c>grain_state</c> table, as <c>Legacy/legacy-grain-state.jsonl</c> holds it.</summary>
public sealed record LegacyRow(
    [property: JsonPropertyName("service_id")] string ServiceId,
    [property: JsonPropertyName("grain_type")] string GrainType,
    [property: JsonPropertyName("grain_key")] string GrainKey,
    [property: JsonPropertyName("state_name")] string StateName,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("modified_on")] string ModifiedOn,
    [property: JsonPropertyName("payload")] string Payload)
{
    /// <summary>The state name Orleans' table keys the row by.</summary>
    public string OrleansStateName => $"{GrainType}/{StateName}";
}

/// <summary>
/// The fixture the last release before Orleans wrote (see Legacy/README.md), and legacy tables built from it with
/// that release's exact DDL.
/// </summary>
public static class LegacyData
{
    public const int RowCount = 191;

    public const string ServiceId = "matchmaking";

    public const string BootstrapAdminKey = "legacy-admin-key-0123456789";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Legacy");

    public static IReadOnlyList<LegacyRow> Rows { get; } =
        [.. File.ReadLines(Path.Combine(Folder, "legacy-grain-state.jsonl")).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<LegacyRow>(l)!)];

    public static JsonNode Expected => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json")))!;

    public static JsonNode Export => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "legacy-export.json")))!;

    /// <summary>A SQLite file holding only the legacy <c>grain_state</c> table with every fixture row (SqliteGrainStateDatabase's DDL).</summary>
    public static async Task CreateSqliteAsync(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        await ExecuteAsync(connection, null, "PRAGMA busy_timeout = 30000; PRAGMA synchronous = FULL;");
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;");
        await ExecuteAsync(connection, null, """
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
            """);
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var row in Rows)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = (SqliteTransaction)transaction;
            insert.CommandText = """
                INSERT INTO grain_state (service_id, grain_type, grain_key, state_name, payload, version, modified_on)
                VALUES ($service, $type, $key, $state, $payload, $version, $modified)
                """;
            insert.Parameters.AddWithValue("$service", row.ServiceId);
            insert.Parameters.AddWithValue("$type", row.GrainType);
            insert.Parameters.AddWithValue("$key", row.GrainKey);
            insert.Parameters.AddWithValue("$state", row.StateName);
            insert.Parameters.AddWithValue("$payload", row.Payload);
            insert.Parameters.AddWithValue("$version", row.Version);
            insert.Parameters.AddWithValue("$modified", row.ModifiedOn);
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>The legacy table in a PostgreSQL database (PostgreSqlGrainStateDatabase's DDL: payload json, modified_on timestamptz).</summary>
    public static async Task CreatePostgreSqlAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await ExecuteAsync(connection, transaction, """
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
                """);
            await transaction.CommitAsync();
        }

        await using var rows = await connection.BeginTransactionAsync();
        foreach (var row in Rows)
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO grain_state (service_id, grain_type, grain_key, state_name, payload, version, modified_on)
                VALUES (@service, @type, @key, @state, CAST(@payload AS json), @version, CAST(@modified AS timestamptz))
                """, connection, rows);
            insert.Parameters.AddWithValue("service", row.ServiceId);
            insert.Parameters.AddWithValue("type", row.GrainType);
            insert.Parameters.AddWithValue("key", row.GrainKey);
            insert.Parameters.AddWithValue("state", row.StateName);
            insert.Parameters.AddWithValue("payload", row.Payload);
            insert.Parameters.AddWithValue("version", row.Version);
            insert.Parameters.AddWithValue("modified", row.ModifiedOn);
            await insert.ExecuteNonQueryAsync();
        }

        await rows.CommitAsync();
    }

    private static async Task ExecuteAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
