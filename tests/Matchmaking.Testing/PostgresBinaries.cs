namespace Matchmaking.Testing;

/// <summary>Finds the PostgreSQL server programs (initdb, pg_ctl, postgres).</summary>
internal static class PostgresBinaries
{
    /// <summary>Names a folder to use instead of searching.</summary>
    public const string EnvironmentVariable = "MATCHMAKING_PG_BIN";

    private const string PreferredFolder = "/usr/lib/postgresql/15/bin";

    public static async Task<string> FindAsync(CancellationToken cancellationToken)
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        candidates.Add(PreferredFolder);
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(v => int.TryParse(Path.GetFileName(v), out var major) ? major : 0)
                .Select(v => Path.Combine(v, "bin")));
        }

        if (candidates.FirstOrDefault(IsComplete) is { } found)
        {
            return found;
        }

        if (await PgConfigBinDirAsync(cancellationToken) is { } fromPgConfig && IsComplete(fromPgConfig))
        {
            return fromPgConfig;
        }

        throw new InvalidOperationException(
            "PostgreSQL server programs (initdb, pg_ctl, postgres) were not found in " +
            $"{string.Join(", ", candidates.Distinct())} nor in `pg_config --bindir`. " +
            $"Install them (e.g. `apt-get install postgresql-15`) or set {EnvironmentVariable} to their folder.");
    }

    private static bool IsComplete(string folder) =>
        new[] { "initdb", "pg_ctl", "postgres" }.All(program => File.Exists(Path.Combine(folder, program)));

    private static async Task<string?> PgConfigBinDirAsync(CancellationToken cancellationToken)
    {
        try
        {
            var (exitCode, output) = await ProcessRunner.RunAsync(
                "pg_config", ["--bindir"], Path.GetTempPath(), TimeSpan.FromSeconds(10), cancellationToken);
            return exitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // pg_config is not installed
        }
    }
}
