namespace Matchmaking.Silo.Hosting;

/// <summary>What this process is in the cluster.</summary>
public enum ProcessRole
{
    /// <summary>A silo: hosts grains, and the HTTP front end with them (the default).</summary>
    Silo,

    /// <summary>Only the HTTP front end: an Orleans client of the cluster, its read models followed from storage.</summary>
    Frontend,
}

public static class ProcessRoles
{
    /// <summary>The setting that names the role (<c>Silo__Role=Frontend</c>); <c>--role frontend</c> on the command line too.</summary>
    public const string Setting = "Silo:Role";

    private const string CommandLine = "role";

    public static ProcessRole From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[CommandLine] is { Length: > 0 } given ? given : configuration[Setting];
        if (string.IsNullOrWhiteSpace(text))
        {
            return ProcessRole.Silo;
        }

        return Matchmaking.Abstractions.Json.EnumNames<ProcessRole>.TryParse(text.Trim(), out var role)
            ? role
            : throw new SettingsException($"The role '{text}' is not one of: {string.Join(", ", Enum.GetNames<ProcessRole>()).ToLowerInvariant()}.");
    }
}
