using Matchmaking.Storage;

namespace Matchmaking.Silo.Hosting;

/// <summary>The settings a silo and a front end share: where the state is, how the cluster is found, the ports.</summary>
public sealed record HostingSettings(
    ProcessRole Role,
    StorageDatabase Database,
    ClusteringSettings Clustering,
    EndpointSettings Endpoints,
    string? MembershipTable)
{
    public static HostingSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var storage = configuration.GetSection(StorageSettings.Section).Get<StorageSettings>() ?? new StorageSettings();
        var clustering = configuration.GetSection(ClusteringSettings.Section).Get<ClusteringSettings>() ?? new ClusteringSettings();
        var endpoints = configuration.GetSection(EndpointSettings.Section).Get<EndpointSettings>() ?? new EndpointSettings();
        var database = new StorageDatabase(ParseProvider(storage.Provider), storage.ConnectionString ?? DefaultSqlite(), storage.ServiceId);
        var membership = IsAdoNet(clustering.Provider) ? MembershipConnectionString(clustering, storage) : null;
        return new HostingSettings(ProcessRoles.From(configuration), database, clustering, endpoints, membership);
    }

    // The membership table is on PostgreSQL: its own connection string, or the storage one when storage is there.
    private static string MembershipConnectionString(ClusteringSettings clustering, StorageSettings storage)
    {
        if (!string.IsNullOrWhiteSpace(clustering.ConnectionString))
        {
            return clustering.ConnectionString;
        }

        if (string.Equals(storage.Provider, nameof(StorageProvider.PostgreSql), StringComparison.OrdinalIgnoreCase) &&
            !string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            return storage.ConnectionString;
        }

        throw new SettingsException(
            "Clustering:Provider AdoNet needs a PostgreSQL connection (Clustering:ConnectionString or Storage:Provider=PostgreSql).");
    }

    private static bool IsAdoNet(string? provider) =>
        string.Equals(provider, "AdoNet", StringComparison.OrdinalIgnoreCase) ||
        (string.Equals(provider, "Localhost", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(provider)
            ? false
            : throw new SettingsException($"Clustering:Provider '{provider}' is not one of: Localhost, AdoNet."));

    private static StorageProvider ParseProvider(string? name) =>
        Matchmaking.Abstractions.Json.EnumNames<StorageProvider>.TryParse(name, out var provider)
            ? provider
            : throw new SettingsException($"Storage:Provider '{name}' is not one of: {string.Join(", ", Enum.GetNames<StorageProvider>())}.");

    // The embedded default: a file under ./data of the directory the silo is started from.
    private static string DefaultSqlite() =>
        $"Data Source={Path.GetFullPath(Path.Combine("data", "matchmaking.db"))}";
}
