using System.Data.Common;

namespace Matchmaking.Storage;

/// <summary>
/// Carries a store written before the move to Orleans (its <c>grain_state</c> table) over to Orleans' table, at
/// the first start of this version: every row, payload as it was (the JSON shape did not change), its version
/// kept, the state name becoming <c>{grain type}/{state}</c>. One transaction: it copies every row and renames
/// the old table to <c>grain_state_before_orleans</c> (kept, not dropped), or does nothing. Rows already in the
/// new table are left alone, so running it twice changes nothing.
/// </summary>
public static class LegacyStore
{
    public const string Table = "grain_state";

    public const string KeptTable = "grain_state_before_orleans";

    /// <summary>Copies the old table's rows if there is one; returns how many rows were carried over.</summary>
    public static async Task<int> CarryOverAsync(StorageDatabase database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenAsync(cancellationToken);
        if (!await ExistsAsync(connection, null, database.Provider, cancellationToken))
        {
            return 0;
        }

        var sqlite = database.Provider == StorageProvider.Sqlite;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!sqlite)
        {
            // Silos starting together: one carries over, the others then find the old table gone.
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({StorageSchema.SchemaLock})", cancellationToken);
            if (!await ExistsAsync(connection, transaction, database.Provider, cancellationToken))
            {
                return 0;
            }
        }

        var copy = sqlite
            ? $"""
              INSERT INTO OrleansStorage (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString, Payload, Version, ModifiedOn)
              SELECT service_id, grain_type || '/' || state_name, 0, 0, grain_key, payload, version, modified_on FROM {Table} WHERE true
              ON CONFLICT DO NOTHING
              """
            : $"""
              INSERT INTO orleansstorage (serviceid, graintypestring, grainidn0, grainidn1, grainidextensionstring, payload, version, modifiedon)
              SELECT service_id, grain_type || '/' || state_name, 0, 0, grain_key, payload::text, version, modified_on FROM {Table}
              ON CONFLICT DO NOTHING
              """;
        var copied = await ExecuteAsync(connection, transaction, copy, cancellationToken);
        await MarkMisreadKeysAsync(connection, transaction, cancellationToken);
        await ExecuteAsync(connection, transaction, $"ALTER TABLE {Table} RENAME TO {KeptTable}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return copied;
    }

    // Keys Orleans would read as numbers are stored marked (GrainKeys); the copy above took them as they were.
    private static async Task MarkMisreadKeysAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = $"SELECT DISTINCT grain_key FROM {Table}";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Add(reader.GetString(0));
            }
        }

        foreach (var key in keys.Where(k => GrainKeys.Column(k) != k))
        {
            await using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = "UPDATE OrleansStorage SET GrainIdExtensionString = @marked WHERE GrainIdExtensionString = @key";
            update.Add("@marked", GrainKeys.Column(key));
            update.Add("@key", key);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
    }


    private static async Task<bool> ExistsAsync(DbConnection connection, DbTransaction? transaction, StorageProvider provider, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = provider == StorageProvider.Sqlite
            ? $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{Table}'"
            : $"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = '{Table}'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
