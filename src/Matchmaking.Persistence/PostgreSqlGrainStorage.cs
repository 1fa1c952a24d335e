using System.Text.Json;
using Npgsql;

namespace Matchmaking.Persistence;

/// <summary>Grain storage in a PostgreSQL database, for real deployments.</summary>
public sealed class PostgreSqlGrainStorage : AdoNetGrainStorage
{
    /// <summary>Builds and owns an <see cref="NpgsqlDataSource"/> for <paramref name="connectionString"/>; disposing the storage disposes it.</summary>
    public PostgreSqlGrainStorage(
        string connectionString,
        string serviceId = AdoNetStorageOptions.DefaultServiceId,
        JsonSerializerOptions? serializerOptions = null)
        : base(new PostgreSqlGrainStateDatabase(CreateDataSource(connectionString), ownsDataSource: true), serviceId, serializerOptions)
    {
    }

    /// <summary>Uses a data source the caller owns (and disposes).</summary>
    public PostgreSqlGrainStorage(
        NpgsqlDataSource dataSource,
        string serviceId = AdoNetStorageOptions.DefaultServiceId,
        JsonSerializerOptions? serializerOptions = null)
        : base(new PostgreSqlGrainStateDatabase(dataSource ?? throw new ArgumentNullException(nameof(dataSource)), ownsDataSource: false), serviceId, serializerOptions)
    {
    }

    private static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return NpgsqlDataSource.Create(connectionString);
    }
}
