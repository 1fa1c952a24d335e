using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Matchmaking.Runtime;
using Matchmaking.Runtime.Storage;

namespace Matchmaking.Persistence;

/// <summary>
/// The storage contract over the <c>grain_state</c> table, written once for every database: the SQL is
/// standard enough (<c>ON CONFLICT</c>, <c>UPDATE … WHERE version = @expected</c>) to run on SQLite and PostgreSQL alike.
/// </summary>
internal sealed class GrainStateTable
{
    private const string Key = "service_id = @service_id AND grain_type = @grain_type AND grain_key = @grain_key AND state_name = @state_name";

    private const string ReadSql = "SELECT payload, version FROM grain_state WHERE " + Key;

    private const string VersionSql = "SELECT version FROM grain_state WHERE " + Key;

    private const string DeleteSql = "DELETE FROM grain_state WHERE " + Key + " AND version = @expected";

    private const string ReadAllSql =
        "SELECT grain_key, payload, version FROM grain_state " +
        "WHERE service_id = @service_id AND grain_type = @grain_type AND state_name = @state_name ORDER BY grain_key";

    private readonly IGrainStateDatabase _database;
    private readonly JsonSerializerOptions _json;
    private readonly SchemaGate _schema;
    private readonly string _insertSql;
    private readonly string _updateSql;
    private readonly string _upsertSql;

    public GrainStateTable(IGrainStateDatabase database, string serviceId, JsonSerializerOptions? serializerOptions)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceId);
        _database = database;
        ServiceId = serviceId;
        _json = serializerOptions ?? GrainStorageJson.Options;
        _schema = new SchemaGate(database.CreateSchemaAsync);

        // A conflicting insert does nothing rather than fail, so that PostgreSQL does not log an error
        // and SQLite does not raise one: zero rows affected is the conflict signal for every statement.
        _insertSql =
            "INSERT INTO grain_state (service_id, grain_type, grain_key, state_name, payload, version, modified_on) " +
            $"VALUES (@service_id, @grain_type, @grain_key, @state_name, @payload, 1, {database.NowSql}) ON CONFLICT DO NOTHING";
        _updateSql =
            $"UPDATE grain_state SET payload = @payload, version = version + 1, modified_on = {database.NowSql} " +
            "WHERE " + Key + " AND version = @expected";
        _upsertSql =
            "INSERT INTO grain_state (service_id, grain_type, grain_key, state_name, payload, version, modified_on) " +
            $"VALUES (@service_id, @grain_type, @grain_key, @state_name, @payload, 1, {database.NowSql}) " +
            "ON CONFLICT (service_id, grain_type, grain_key, state_name) DO UPDATE " +
            "SET payload = excluded.payload, version = grain_state.version + 1, modified_on = excluded.modified_on";
    }

    public string ServiceId { get; }

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await _database.CreateSchemaAsync(cancellationToken);
        _schema.MarkReady();
    }

    public async Task ReadAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        await _schema.WaitAsync(cancellationToken);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = CreateCommand(connection, ReadSql, stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        grainState.State = Deserialize<T>(reader.GetString(0));
        grainState.ETag = FormatEtag(reader.GetInt64(1));
        grainState.RecordExists = true;
    }

    public async Task WriteAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var payload = JsonSerializer.Serialize(grainState.State, _json);
        var expected = grainState.ETag is null ? (long?)null : ParseEtag(grainState.ETag, stateName, grainId);
        await _schema.WaitAsync(cancellationToken);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = CreateCommand(connection, expected is null ? _insertSql : _updateSql, stateName, grainId);
        command.Parameters.Add(_database.CreatePayloadParameter("@payload", payload));
        if (expected is not null)
        {
            AddParameter(command, "@expected", expected.Value);
        }

        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw await ConflictAsync(connection, "write", stateName, grainId, grainState.ETag, cancellationToken);
        }

        grainState.ETag = FormatEtag((expected ?? 0) + 1);
        grainState.RecordExists = true;
    }

    public async Task ClearAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var expected = grainState.ETag is null ? (long?)null : ParseEtag(grainState.ETag, stateName, grainId);
        await _schema.WaitAsync(cancellationToken);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        if (expected is null)
        {
            // Nothing to delete when the caller believes there is no record; that belief must still be true.
            if (await ReadVersionAsync(connection, stateName, grainId, cancellationToken) is { } stored)
            {
                throw Conflict("clear", stateName, grainId, FormatEtag(stored), null);
            }
        }
        else
        {
            await using var command = CreateCommand(connection, DeleteSql, stateName, grainId);
            AddParameter(command, "@expected", expected.Value);
            if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw await ConflictAsync(connection, "clear", stateName, grainId, grainState.ETag, cancellationToken);
            }
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    public async IAsyncEnumerable<StoredGrainState<T>> ReadAllAsync<T>(
        string stateName,
        string grainType,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainType);
        await _schema.WaitAsync(cancellationToken);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = CreateCommand(connection, ReadAllSql, stateName, grainType, grainKey: null);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // Npgsql only observes the token while waiting for the network, not for rows it already buffered.
            cancellationToken.ThrowIfCancellationRequested();
            yield return new StoredGrainState<T>(reader.GetString(0), Deserialize<T>(reader.GetString(1)), FormatEtag(reader.GetInt64(2)));
        }
    }

    public async Task<int> WriteManyAsync<T>(
        string stateName,
        string grainType,
        IEnumerable<KeyValuePair<string, T>> states,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(states);
        await _schema.WaitAsync(cancellationToken);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var written = 0;
        foreach (var (grainKey, state) in states)
        {
            ArgumentNullException.ThrowIfNull(grainKey, nameof(states));
            await using var command = CreateCommand(connection, _upsertSql, stateName, grainType, grainKey);
            command.Transaction = transaction;
            command.Parameters.Add(_database.CreatePayloadParameter("@payload", JsonSerializer.Serialize(state, _json)));
            written += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    private static string FormatEtag(long version) => version.ToString(CultureInfo.InvariantCulture);

    private static long ParseEtag(string etag, string stateName, GrainId grainId) =>
        long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new InconsistentStateException($"ETag '{etag}' of {stateName} for {grainId} is not a version this storage issued.", null, etag);

    private static InconsistentStateException Conflict(string operation, string stateName, GrainId grainId, string? storedEtag, string? currentEtag) =>
        new(
            $"Cannot {operation} {stateName} for {grainId}: expected {Describe(currentEtag)} but storage holds {Describe(storedEtag)}.",
            storedEtag,
            currentEtag);

    private static string Describe(string? etag) => etag is null ? "no record" : $"version {etag}";

    private async Task<InconsistentStateException> ConflictAsync(
        DbConnection connection,
        string operation,
        string stateName,
        GrainId grainId,
        string? currentEtag,
        CancellationToken cancellationToken)
    {
        // Read after the failed statement, so the version reported may already be newer still; it is for diagnosis only.
        var stored = await ReadVersionAsync(connection, stateName, grainId, cancellationToken);
        return Conflict(operation, stateName, grainId, stored is null ? null : FormatEtag(stored.Value), currentEtag);
    }

    private async Task<long?> ReadVersionAsync(DbConnection connection, string stateName, GrainId grainId, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, VersionSql, stateName, grainId);
        var version = await command.ExecuteScalarAsync(cancellationToken);
        return version is null or DBNull ? null : Convert.ToInt64(version, CultureInfo.InvariantCulture);
    }

    private T Deserialize<T>(string payload) => JsonSerializer.Deserialize<T>(payload, _json)!;

    private DbCommand CreateCommand(DbConnection connection, string sql, string stateName, GrainId grainId)
    {
        ArgumentNullException.ThrowIfNull(grainId.Type, nameof(grainId));
        ArgumentNullException.ThrowIfNull(grainId.Key, nameof(grainId));
        return CreateCommand(connection, sql, stateName, grainId.Type, grainId.Key);
    }

    private DbCommand CreateCommand(DbConnection connection, string sql, string stateName, string grainType, string? grainKey)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameter(command, "@service_id", ServiceId);
        AddParameter(command, "@grain_type", grainType);
        AddParameter(command, "@state_name", stateName);
        if (grainKey is not null)
        {
            AddParameter(command, "@grain_key", grainKey);
        }

        return command;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
