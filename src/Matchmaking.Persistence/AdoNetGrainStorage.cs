using System.Text.Json;
using Matchmaking.Runtime;
using Matchmaking.Runtime.Storage;

namespace Matchmaking.Persistence;

/// <summary>
/// A grain storage over one ADO.NET table, <c>grain_state</c>, keyed by service id, grain type, grain key
/// and state name. The ETag is the record's integer version as a decimal string: a write with a null ETag
/// only creates, a write or clear with an ETag succeeds only on that version, and any mismatch throws
/// <see cref="InconsistentStateException"/> and changes nothing. State is JSON (<see cref="GrainStorageJson.Options"/>
/// unless told otherwise). Every call borrows a pooled connection and returns it before it completes.
/// The schema is created before the first call if <see cref="EnsureSchemaAsync"/> was not called.
/// Thread-safe; meant to be a singleton.
/// </summary>
public abstract class AdoNetGrainStorage : IGrainStorage, IGrainStorageScanner, IDisposable, IAsyncDisposable
{
    private readonly IGrainStateDatabase _database;
    private readonly GrainStateTable _table;

    private protected AdoNetGrainStorage(IGrainStateDatabase database, string serviceId, JsonSerializerOptions? serializerOptions)
    {
        _database = database;
        _table = new GrainStateTable(database, serviceId, serializerOptions);
    }

    /// <summary>The deployment whose records this storage reads and writes.</summary>
    public string ServiceId => _table.ServiceId;

    /// <summary>Creates the provider <paramref name="options"/> name, without dependency injection (tests, benchmarks, tools).</summary>
    public static AdoNetGrainStorage Create(AdoNetStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            StorageProvider.Sqlite => new SqliteGrainStorage(options.ConnectionString, options.ServiceId, options.SerializerOptions),
            StorageProvider.PostgreSql => new PostgreSqlGrainStorage(options.ConnectionString, options.ServiceId, options.SerializerOptions),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown storage provider."),
        };
    }

    /// <summary>
    /// Creates the table when missing. Idempotent, and safe when several processes start at once;
    /// for SQLite it also creates the file's directory and switches the file to WAL.
    /// </summary>
    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) => _table.EnsureSchemaAsync(cancellationToken);

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default) =>
        _table.ReadAsync(stateName, grainId, grainState, cancellationToken);

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default) =>
        _table.WriteAsync(stateName, grainId, grainState, cancellationToken);

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default) =>
        _table.ClearAsync(stateName, grainId, grainState, cancellationToken);

    /// <summary>Streams the records of one grain type and state name in grain-key order, holding one connection while enumerating.</summary>
    public IAsyncEnumerable<StoredGrainState<T>> ReadAllAsync<T>(string stateName, string grainType, CancellationToken cancellationToken = default) =>
        _table.ReadAllAsync<T>(stateName, grainType, cancellationToken);

    /// <summary>
    /// Bulk import: writes every state in one transaction, creating missing records and overwriting existing
    /// ones whatever their version (each overwrite bumps the version, so a grain holding the old ETag will
    /// conflict rather than lose the import). Returns the number of records written.
    /// </summary>
    public Task<int> WriteManyAsync<T>(
        string stateName,
        string grainType,
        IEnumerable<KeyValuePair<string, T>> states,
        CancellationToken cancellationToken = default) =>
        _table.WriteManyAsync(stateName, grainType, states, cancellationToken);

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
