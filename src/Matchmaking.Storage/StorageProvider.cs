namespace Matchmaking.Storage;

/// <summary>The databases the grains' state can live in.</summary>
public enum StorageProvider
{
    /// <summary>An embedded file: the default, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: deployments, and the only one several silo processes can share.</summary>
    PostgreSql,
}
