using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Matchmaking.Storage;

/// <summary>One grain state as the storage table holds it; <see cref="Payload"/> is null once the state was cleared.</summary>
public sealed record StoredRow(string StateName, string Key, string? Payload, int Version, DateTimeOffset ModifiedOn);

/// <summary>
/// Reads the storage table directly, for what Orleans' storage interface has no call for: every state of a kind
/// (read models rebuilt at start) and the states changed since a moment (read models kept current on every
/// silo). Times are the database's own clock, so readers on several machines agree on them.
/// </summary>
public sealed class StoredStates(StorageDatabase database, JsonStateSerializer serializer)
{
    private const string Columns = "GrainTypeString, GrainIdExtensionString, Payload, Version, ModifiedOn";

    /// <summary>The states named <paramref name="stateName"/> that hold a value, in key order, deserialized.</summary>
    public async IAsyncEnumerable<(string Key, T State, int Version)> ReadAllAsync<T>(
        string stateName,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var row in ReadAllRowsAsync(stateName, cancellationToken))
        {
            yield return (row.Key, serializer.Deserialize<T>(row.Payload!), row.Version);
        }
    }

    /// <summary>
    /// The rows of the states named <paramref name="stateName"/> that hold a value, in key order, not deserialized:
    /// for a caller that deserializes them on several threads (<see cref="Read{T}"/>).
    /// </summary>
    public IAsyncEnumerable<StoredRow> ReadAllRowsAsync(string stateName, CancellationToken cancellationToken = default) =>
        ReadAsync(
            $"SELECT {Columns} FROM OrleansStorage WHERE ServiceId = @service AND GrainTypeString = @state AND Payload IS NOT NULL ORDER BY GrainIdExtensionString",
            command => command.Add("@state", stateName),
            cancellationToken);

    /// <summary>One state's row (cleared ones included), or null when there is none.</summary>
    public async Task<StoredRow?> ReadOneAsync(string stateName, string key, CancellationToken cancellationToken = default)
    {
        await foreach (var row in ReadAsync(
            $"SELECT {Columns} FROM OrleansStorage WHERE ServiceId = @service AND GrainTypeString = @state AND GrainIdExtensionString = @key",
            command =>
            {
                command.Add("@state", stateName);
                command.Add("@key", GrainKeys.Column(key));
            },
            cancellationToken))
        {
            return row;
        }

        return null;
    }

    /// <summary>Every state written or cleared after <paramref name="since"/> (database time), oldest first.</summary>
    public async Task<IReadOnlyList<StoredRow>> ReadChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var rows = new List<StoredRow>();
        await foreach (var row in ReadAsync(
            $"SELECT {Columns} FROM OrleansStorage WHERE ServiceId = @service AND ModifiedOn > @since ORDER BY ModifiedOn",
            command => command.Add("@since", database.Provider == StorageProvider.Sqlite ? SqliteTime(since) : since.UtcDateTime),
            cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The database's clock now (the base of <see cref="ReadChangedSinceAsync"/>).</summary>
    public async Task<DateTimeOffset> NowAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = database.Provider == StorageProvider.Sqlite
            ? "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
            : "SELECT clock_timestamp()";
        return Time(await command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>Deserializes a row's payload as <typeparamref name="T"/>.</summary>
    public T Read<T>(StoredRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return serializer.Deserialize<T>(row.Payload ?? throw new InvalidOperationException($"{row.StateName} '{row.Key}' was cleared."));
    }

    private async IAsyncEnumerable<StoredRow> ReadAsync(
        string sql,
        Action<DbCommand> parameters,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Add("@service", database.ServiceId);
        parameters(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new StoredRow(
                reader.GetString(0),
                GrainKeys.FromColumn(reader.GetString(1)),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture),
                Time(reader.GetValue(4)));
        }
    }

    private static DateTimeOffset Time(object? value) => value switch
    {
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        DateTimeOffset time => time,
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => throw new InvalidOperationException($"Unexpected time value {value}."),
    };

    private static string SqliteTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

}
