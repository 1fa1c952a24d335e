namespace Matchmaking.Persistence;

/// <summary>The database behind an ADO.NET grain storage.</summary>
public enum StorageProvider
{
    /// <summary>An SQLite file: the embedded default, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database, for real deployments.</summary>
    PostgreSql,
}
