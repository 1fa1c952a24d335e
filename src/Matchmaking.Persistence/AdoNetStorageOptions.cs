using System.Text.Json;

namespace Matchmaking.Persistence;

/// <summary>How to reach the database of an ADO.NET grain storage (settable, so it binds from configuration).</summary>
public sealed class AdoNetStorageOptions
{
    /// <summary>The service id used when none is given.</summary>
    public const string DefaultServiceId = "default";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// For <see cref="StorageProvider.Sqlite"/> either a file path or an SQLite connection string
    /// (<c>Data Source=data/grains.db</c>); for <see cref="StorageProvider.PostgreSql"/> an Npgsql connection string.
    /// </summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Separates deployments that share one database: each sees only its own records.</summary>
    public string ServiceId { get; set; } = DefaultServiceId;

    /// <summary>How state is turned into JSON; null means <see cref="GrainStorageJson.Options"/>.</summary>
    public JsonSerializerOptions? SerializerOptions { get; set; }
}
