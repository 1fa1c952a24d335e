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

    /// <summary>The connection string of the cluster's database.</summary>
    public string Database { get; }

    /// <summary>The running silos' targets, in start order.</summary>
    public IReadOnlyList<Target> Targets => [.. silos.Select(s => s.Target)];

    public static async Task<BenchCluster> StartAsync()
    {
        var server = await PostgresServer.StartAsync();
        return new BenchCluster(server, await server.CreateDatabaseAsync("cluster"));
    }

    /// <summary>Starts <paramref name="count"/> more silos at once; returns when each serves (its /health is 200).</summary>
    public async Task<TimeSpan> AddSilosAsync(int count)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var settings = ClusterSilos.Settings(Database, ClusterId, demo: false);
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
