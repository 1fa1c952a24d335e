using System.Data.Common;
using System.Globalization;

namespace Matchmaking.Storage.Tests.Infrastructure;

/// <summary>One row of Orleans' storage table as plain SQL reads it.</summary>
public sealed record TableRow(
    string ServiceId, string StateName, long N0, long N1, string Key, string? Payload, int Version, DateTimeOffset ModifiedOn);

/// <summary>Plain SQL on a storage database, past every product class: what a DBA's tool would see.</summary>
public static class Tables
{
    public static async Task<List<object?[]>> QueryAsync(StorageDatabase database, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static async Task<object?> ScalarAsync(StorageDatabase database, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = Command(connection, sql, parameters);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    public static async Task<int> ExecuteAsync(StorageDatabase database, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> CountAsync(StorageDatabase database, string sql, params (string Name, object? Value)[] parameters) =>
        Convert.ToInt64(await ScalarAsync(database, sql, parameters), CultureInfo.InvariantCulture);

    /// <summary>Every row of the storage table (all service ids), in key order.</summary>
    public static async Task<List<TableRow>> StorageRowsAsync(StorageDatabase database)
    {
        var sql = database.Provider == StorageProvider.Sqlite
            ? "SELECT ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString, Payload, Version, ModifiedOn FROM OrleansStorage ORDER BY ServiceId, GrainTypeString, GrainIdExtensionString, GrainIdN0, GrainIdN1"
            : "SELECT serviceid, graintypestring, grainidn0, grainidn1, grainidextensionstring, payload, version, modifiedon FROM orleansstorage ORDER BY serviceid, graintypestring, grainidextensionstring, grainidn0, grainidn1";
        return [.. (await QueryAsync(database, sql)).Select(r => new TableRow(
            (string)r[0]!, (string)r[1]!, Convert.ToInt64(r[2], CultureInfo.InvariantCulture), Convert.ToInt64(r[3], CultureInfo.InvariantCulture),
            (string)r[4]!, (string?)r[5], Convert.ToInt32(r[6], CultureInfo.InvariantCulture), Time(r[7])))];
    }

    /// <summary>The payload column of one state, as text, straight from the table.</summary>
    public static async Task<string?> PayloadAsync(StorageDatabase database, string stateName, string key)
    {
        var sql = database.Provider == StorageProvider.Sqlite
            ? "SELECT Payload FROM OrleansStorage WHERE ServiceId = @service AND GrainTypeString = @state AND GrainIdExtensionString = @key"
            : "SELECT payload FROM orleansstorage WHERE serviceid = @service AND graintypestring = @state AND grainidextensionstring = @key";
        var rows = await QueryAsync(database, sql, ("@service", database.ServiceId), ("@state", stateName), ("@key", key));
        return (string?)Assert.Single(rows)[0];
    }

    public static async Task<bool> TableExistsAsync(StorageDatabase database, string table) =>
        await CountAsync(database, database.Provider == StorageProvider.Sqlite
            ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @name"
            : "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = @name", ("@name", table)) > 0;

    public static DateTimeOffset Time(object? value) => value switch
    {
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        DateTimeOffset time => time,
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => throw new InvalidOperationException($"Not a time: {value}"),
    };

    private static DbCommand Command(DbConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
