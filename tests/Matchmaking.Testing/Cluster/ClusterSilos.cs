using System.Diagnostics;
using System.Globalization;
using Matchmaking.Testing;
using Npgsql;

namespace Matchmaking.Testing.Cluster;

/// <summary>Starting silo processes that form one cluster on PostgreSQL (storage and membership), and waiting on them.</summary>
public static class ClusterSilos
{
    /// <summary>The settings of a silo of cluster <paramref name="clusterId"/> on <paramref name="database"/>, failure detection shortened.</summary>
    public static Dictionary<string, string> Settings(string database, string clusterId, bool demo) => new()
    {
        ["Storage__Provider"] = "PostgreSql",
        ["Storage__ConnectionString"] = database,
        ["Clustering__Provider"] = "AdoNet",
        ["Clustering__ClusterId"] = clusterId,
        ["Demo__Enabled"] = demo ? "true" : "false",

        // The defaults take ~6-7 s to declare a killed silo dead.
        ["Clustering__Membership__ProbeTimeout"] = "00:00:01",
        ["Clustering__Membership__NumMissedProbesLimit"] = "2",
        ["Clustering__Membership__TableRefreshTimeout"] = "00:00:02",
    };

    /// <summary>Starts the silos at once; when one fails to start, none is left running.</summary>
    public static async Task<SiloProcess[]> StartAsync(params Dictionary<string, string>[] settings)
    {
        var starting = settings.Select(SiloProcess.StartAsync).ToArray();
        try
        {
            return await Task.WhenAll(starting);
        }
        catch
        {
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>How many silos of <paramref name="clusterId"/> the membership table holds as active.</summary>
    public static async Task<int> ActiveAsync(string connectionString, string clusterId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM orleansmembership WHERE deploymentid = @cluster AND status = 3", connection);
        command.Parameters.AddWithValue("cluster", clusterId);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Polls <paramref name="condition"/> until true; returns when it first was (from the call), or throws after <paramref name="limit"/>.</summary>
    public static async Task<TimeSpan> EventuallyAsync(TimeSpan limit, Func<Task<bool>> condition, string? what = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await condition())
            {
                return clock.Elapsed;
            }

            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"{what ?? "The condition"} still not true after {limit.TotalSeconds:F0} s.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Every silo's output, for a failure message.</summary>
    public static string Outputs(IEnumerable<SiloProcess> silos) =>
        string.Join("\n", silos.Select((s, i) => $"--- silo {(char)('A' + i)}:\n{s.Output}"));
}
