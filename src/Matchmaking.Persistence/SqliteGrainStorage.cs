using System.Text.Json;

namespace Matchmaking.Persistence;

/// <summary>
/// Grain storage in an SQLite file: the embedded default. WAL journal with <c>synchronous = FULL</c>, so
/// an acknowledged write survives the process being killed; writers wait up to 30 s for each other.
/// </summary>
public sealed class SqliteGrainStorage : AdoNetGrainStorage
{
    /// <param name="connectionStringOrPath">A file path (relative to the working directory) or an SQLite connection string; not in-memory.</param>
    /// <param name="serviceId">Separates deployments sharing the file.</param>
    /// <param name="serializerOptions">Null for <see cref="GrainStorageJson.Options"/>.</param>
    public SqliteGrainStorage(
        string connectionStringOrPath,
        string serviceId = AdoNetStorageOptions.DefaultServiceId,
        JsonSerializerOptions? serializerOptions = null)
        : this(new SqliteGrainStateDatabase(connectionStringOrPath), serviceId, serializerOptions)
    {
    }

    private SqliteGrainStorage(SqliteGrainStateDatabase database, string serviceId, JsonSerializerOptions? serializerOptions)
        : base(database, serviceId, serializerOptions) => FilePath = database.FilePath;

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }
}
