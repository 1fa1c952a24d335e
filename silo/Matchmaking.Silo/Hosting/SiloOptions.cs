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

/// <summary>How silos find each other (configuration section <c>Clustering</c>).</summary>
public sealed class ClusteringSettings
{
    public const string Section = "Clustering";

    /// <summary><c>Localhost</c> (one silo process, the default) or <c>AdoNet</c> (a membership table in PostgreSQL).</summary>
    public string Provider { get; set; } = "Localhost";

    /// <summary>The PostgreSQL connection string of the membership table; by default the storage one.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Separates clusters of one deployment (Orleans' cluster id).</summary>
    public string ClusterId { get; set; } = "matchmaking";
}

/// <summary>This process's Orleans endpoints (configuration section <c>Orleans</c>).</summary>
public sealed class EndpointSettings
{
    public const string Section = "Orleans";

    /// <summary>Silo-to-silo port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port clients (a front end with <c>--role frontend</c>) connect to.</summary>
    public int GatewayPort { get; set; } = 30000;
}

/// <summary>The demo ecosystem (configuration section <c>Demo</c>).</summary>
public sealed class DemoSettings
{
    public const string Section = "Demo";

    /// <summary>Load the demo ecosystem on a start with an empty store.</summary>
    public bool Enabled { get; set; } = true;
}
