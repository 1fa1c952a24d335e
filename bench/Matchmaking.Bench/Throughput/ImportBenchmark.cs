using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Bench.Synthetic;
using Matchmaking.Client;
using Matchmaking.Testing;

namespace Matchmaking.Bench.Throughput;

/// <summary>
/// Bulk import throughput end to end: synthetic profiles sent in batches to <c>POST /api/import</c> of a
/// real silo process, on SQLite and on a throw-away PostgreSQL server; then the same import again
/// (all unchanged), which measures everything but the storage writes.
/// </summary>
public static class ImportBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var count = Arguments.Int(args, "--count", 5_000);
        var batch = Arguments.Int(args, "--batch", 500);
        var provider = Arguments.Text(args, "--provider", "both");
        var generator = new SyntheticEcosystem();
        var items = Enumerable.Range(0, count).Select(i => ImportDocuments.Of(generator.Actor(i))).ToList();

        await output.WriteLineAsync($"import: {count} synthetic profiles in batches of {batch} over HTTP to a silo process");
        await output.WriteLineAsync("provider    | first import (created) | re-import (unchanged)");
        if (provider is "both" or "sqlite")
        {
            using var folder = new TempDirectory();
            await MeasureAsync("SQLite", new Dictionary<string, string>
            {
                ["Storage__Provider"] = "Sqlite",
                ["Storage__ConnectionString"] = $"Data Source={folder.Combine("bench.db")}",
            }, items, batch, output);
        }

        if (provider is "both" or "postgresql")
        {
            await using var server = await PostgresServer.StartAsync();
            await MeasureAsync("PostgreSQL", new Dictionary<string, string>
            {
                ["Storage__Provider"] = "PostgreSql",
                ["Storage__ConnectionString"] = await server.CreateDatabaseAsync("bench"),
            }, items, batch, output);
        }

        return 0;
    }

    private static async Task MeasureAsync(string name, Dictionary<string, string> settings, List<JsonObject> items, int batch, TextWriter output)
    {
        settings["Demo__Enabled"] = "false";
        await using var silo = await SiloProcess.StartAsync(settings);
        using var http = silo.CreateHttpClient();
        var client = new MatchmakingClient(http);

        var first = Stopwatch.StartNew();
        var created = await client.ImportAllAsync(items, batch);
        first.Stop();
        var second = Stopwatch.StartNew();
        var unchanged = await client.ImportAllAsync(items, batch);
        second.Stop();

        if (created.Created != items.Count || unchanged.Unchanged != items.Count)
        {
            throw new InvalidOperationException($"{name}: expected {items.Count} created and unchanged, got {created.Created} and {unchanged.Unchanged}.");
        }

        await output.WriteLineAsync($"{name,-11} | {Rate(items.Count, first.Elapsed),22} | {Rate(items.Count, second.Elapsed),21}");
    }

    private static string Rate(int count, TimeSpan elapsed) => $"{count / elapsed.TotalSeconds:N0} profiles/s";
}
