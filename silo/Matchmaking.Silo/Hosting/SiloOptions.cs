namespace Matchmaking.Silo.Hosting;

/// <summary>Which store keeps the grains' state (configuration section <c>Storage</c>).</summary>
public sealed class StorageSettings
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>PostgreSql</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The ADO.NET connection string; for SQLite, by default <c>data/matchmaking.db</c> under the directory the silo is started from.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Separates deployments that share one database.</summary>
    public string ServiceId { get; set; } = "matchmaking";
}

/// <summary>The demo ecosystem (configuration section <c>Demo</c>).</summary>
public sealed class DemoSettings
{
    public const string Section = "Demo";

    /// <summary>Load the demo ecosystem on a start with an empty store.</summary>
    public bool Enabled { get; set; } = true;
}
