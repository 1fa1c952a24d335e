using Matchmaking.Testing;

namespace Matchmaking.Bench.Throughput;

/// <summary>The silo process the end-to-end benches measure: SQLite in <paramref name="folder"/>, no demo data.</summary>
internal static class BenchSilos
{
    public static Task<SiloProcess> StartSqliteAsync(TempDirectory folder, string file = "bench.db") =>
        SiloProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__ConnectionString"] = $"Data Source={folder.Combine(file)}",
            ["Demo__Enabled"] = "false",
        });
}
