using System.Reflection;
using Npgsql;

namespace Matchmaking.Storage;

/// <summary>
/// Creates the tables and queries Orleans' ADO.NET grain storage and reminders expect (the providers ship no scripts), from
/// this project's own SQL. Idempotent: run at every start; on PostgreSQL under an advisory lock so that silos
/// starting together do not race; upgraded query texts replace older ones.
/// </summary>
public static class StorageSchema
{
    // Any constant shared by every process of the deployment; the lock lives only as long as the transaction.
    internal const long SchemaLock = 0x4D4D_5343_4845_4D41;

    public static async Task EnsureAsync(StorageDatabase database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.FilePath is { } file && Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var sqlite = database.Provider == StorageProvider.Sqlite;
        await RunAsync(database, Script(sqlite ? "sqlite-storage" : "postgresql-storage"), cancellationToken);
        await RunAsync(database, Script(sqlite ? "sqlite-reminders" : "postgresql-reminders"), cancellationToken);
    }

    /// <summary>Runs a script in one transaction (on PostgreSQL, holding the schema lock).</summary>
    internal static async Task RunAsync(StorageDatabase database, string script, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (database.Provider == StorageProvider.Sqlite)
        {
            // journal_mode cannot change inside a transaction: it is the script's first statement, run alone.
            var (pragma, rest) = SplitFirstStatement(script);
            await using (var mode = connection.CreateCommand())
            {
                mode.CommandText = pragma;
                await mode.ExecuteNonQueryAsync(cancellationToken);
            }

            script = rest;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (connection is NpgsqlConnection)
        {
            await using var lockCommand = connection.CreateCommand();
            lockCommand.Transaction = transaction;
            lockCommand.CommandText = $"SELECT pg_advisory_xact_lock({SchemaLock})";
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = script;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    internal static string Script(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Matchmaking.Storage.{name}.sql")
            ?? throw new InvalidOperationException($"The SQL script {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static (string First, string Others) SplitFirstStatement(string script)
    {
        var lines = script.Split('\n');
        var first = Array.FindIndex(lines, l => l.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase));
        return first < 0 ? ("SELECT 1", script) : (lines[first], string.Join('\n', lines.Where((_, i) => i != first)));
    }
}
