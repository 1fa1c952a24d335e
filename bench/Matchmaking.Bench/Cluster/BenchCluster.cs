using Matchmaking.Testing;
using Matchmaking.Testing.Cluster;

namespace Matchmaking.Bench.Cluster;

/// <summary>
/// Silo processes of one cluster over a throw-away PostgreSQL server (storage and membership), as a deployment
/// runs them, with failure detection shortened as in the cluster tests. Each silo gets a name (A, B, C…) and a
/// client with the admin key; silos can be added, killed and started again.
/// </summary>
public sealed class BenchCluster : IAsyncDisposable
{
    public const string ClusterId = "bench";
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(10);

    private readonly PostgresServer server;
    private readonly List<(SiloProcess Silo, Target Target)> silos = [];

    private BenchCluster(PostgresServer server, string database)
    {
        this.server = server;
        Database = database;
    }

    /// <summary>Whether silos use the cluster tests' shortened failure detection (1 s probes, 2 missed) instead of Orleans' defaults.</summary>
    public bool FastFailureDetection { get; init; }

    /// <summary>The connection string of the cluster's database.</summary>
    public string Database { get; }

    /// <summary>The running silos' targets, in start order.</summary>
    public IReadOnlyList<Target> Targets => [.. silos.Select(s => s.Target)];

    public static async Task<BenchCluster> StartAsync(bool fastFailureDetection)
    {
        var server = await PostgresServer.StartAsync();
        return new BenchCluster(server, await server.CreateDatabaseAsync("cluster")) { FastFailureDetection = fastFailureDetection };
    }

    /// <summary>Starts <paramref name="count"/> more silos at once; returns when each serves (its /health is 200).</summary>
    public async Task<TimeSpan> AddSilosAsync(int count)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var settings = ClusterSilos.Settings(Database, ClusterId, demo: false);
        if (!FastFailureDetection)
        {
            // Orleans' defaults: the tests' 1 s probes declare a silo dead that a long garbage collection stalls
            // for 2-3 s while it loads a large store on a busy machine (measured: exit 134, "told I am dead").
            foreach (var key in settings.Keys.Where(k => k.StartsWith("Clustering__Membership__", StringComparison.Ordinal)).ToList())
            {
                settings.Remove(key);
            }
        }

        var started = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => SiloProcess.StartAsync(settings, StartLimit)));
        foreach (var silo in started)
        {
            var name = ((char)('A' + silos.Count)).ToString();
            silos.Add((silo, new Target(name, silo.CreateHttpClient())));
        }

        return clock.Elapsed;
    }

    /// <summary>Kills silo <paramref name="target"/> (SIGKILL) and takes it out of <see cref="Targets"/>.</summary>
    public async Task KillAsync(Target target)
    {
        var index = silos.FindIndex(s => s.Target == target);
        await silos[index].Silo.KillAsync();
        silos[index].Target.Http.Dispose();
        await silos[index].Silo.DisposeAsync();
        silos.RemoveAt(index);
    }

    /// <summary>Kills silo <paramref name="target"/> and starts it again on the same settings; returns the time until it serves.</summary>
    public async Task<TimeSpan> RestartAsync(Target target)
    {
        var silo = silos.Single(s => s.Target == target).Silo;
        await silo.KillAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await silo.StartAgainAsync();
        return clock.Elapsed;
    }

    /// <summary>What each silo printed, for a failure.</summary>
    public string Outputs => ClusterSilos.Outputs(silos.Select(s => s.Silo));

    public async ValueTask DisposeAsync()
    {
        foreach (var (silo, target) in silos)
        {
            target.Http.Dispose();
            await silo.DisposeAsync();
        }

        await server.DisposeAsync();
    }
}
