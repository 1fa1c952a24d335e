using System.Diagnostics;
using System.Text.Json.Nodes;
using Matchmaking.Bench.Scale;
using Matchmaking.Bench.Synthetic;
using Matchmaking.Client;
using Matchmaking.Testing.Cluster;

namespace Matchmaking.Bench.Cluster;

/// <summary>
/// The cluster end to end, over HTTP against real silo processes on one throw-away PostgreSQL: import, suggestion
/// latency through the grain and over HTTP, capacity with one silo and with several, the restart of a silo with the
/// whole store, a mixed load below capacity, and the same load with a silo killed halfway.
/// </summary>
public static class ClusterCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var profiles = Arguments.Int(args, "--profiles", 100_000);
        var silos = Arguments.Int(args, "--silos", 3);
        var seconds = TimeSpan.FromSeconds(Arguments.Int(args, "--seconds", 20));
        var mixedSeconds = TimeSpan.FromSeconds(Arguments.Int(args, "--mixed-seconds", 60));
        var callers = Arguments.Int(args, "--callers", 16);
        var queries = ScaleQuery.Plan(profiles, Arguments.Int(args, "--queries", 1_000), seed: 11);
        var load = Arguments.Int(args, "--load-percent", 80) / 100.0;
        var ecosystem = new SyntheticEcosystem();

        await using var cluster = await BenchCluster.StartAsync(fastFailureDetection: args.Contains("--fast-failure-detection"));
        await output.WriteLineAsync($"cluster: {profiles:N0} profiles, {silos} silos on one PostgreSQL, {callers} callers, {seconds.TotalSeconds:N0} s per capacity run");
        await cluster.AddSilosAsync(1);
        var first = cluster.Targets[0];

        var documents = Enumerable.Range(0, profiles).AsParallel().AsOrdered().Select(i => ImportDocuments.Of(ecosystem.Actor(i))).ToList();
        var imported = await ImportAsync(first.Http, documents);
        await output.WriteLineAsync($"import into silo A: {profiles / imported.TotalSeconds:N0} profiles/s ({imported.TotalSeconds:N1} s, 4 clients in batches of 500)");

        if (args.Contains("--restart-only"))
        {
            // Only the restart: import, kill, start again, time to /health 200 (three times, for the spread).
            for (var round = 1; round <= 3; round++)
            {
                var again = await cluster.RestartAsync(first);
                await output.WriteLineAsync($"restart {round}: silo A killed and started again, serving (/health 200) after {again.TotalSeconds:N1} s with {profiles:N0} profiles stored");
            }

            return 0;
        }

        var (grain, http) = await GrainLatency.MeasureAsync(cluster.Database, first.Http, queries);
        await output.WriteLineAsync($"one suggestion at a time, silo A: through the grain p50 {grain.P50:N2} ms p99 {grain.P99:N2} ms; over HTTP p50 {http.P50:N2} ms p99 {http.P99:N2} ms (gap p50 {http.P50 - grain.P50:N2} ms)");

        var log = new RequestLog();
        var workload = new Workload(ecosystem, profiles, log, new AcknowledgedWrites());
        await CapacityAsync(output, "1 silo", workload, new LoadBalancer(cluster.Targets), callers, seconds);

        var restart = await cluster.RestartAsync(first);
        await output.WriteLineAsync($"silo A killed and started again: serving (/health 200) after {restart.TotalSeconds:N1} s with {profiles:N0} profiles stored");

        var joined = await cluster.AddSilosAsync(silos - 1);
        await output.WriteLineAsync($"{silos - 1} more silos started together: serving after {joined.TotalSeconds:N1} s");
        // Silos that have just loaded the store run unoptimized code and collect the load's garbage: warm them first.
        await LoadRun.ClosedAsync(workload, new LoadBalancer(cluster.Targets), LoadRun.Mixed, callers, seconds);
        var mixedCapacity = await CapacityAsync(output, $"{silos} silos", workload, new LoadBalancer(cluster.Targets), callers, seconds);

        var rate = mixedCapacity * load;
        var steady = await LoadRun.OpenAsync(workload, new LoadBalancer(cluster.Targets), LoadRun.Mixed, rate, mixedSeconds);
        await output.WriteLineAsync($"mixed load at {load:P0} of capacity ({rate:N0}/s) for {mixedSeconds.TotalSeconds:N0} s on {silos} silos ({steady.Delayed} starts delayed):");
        await WriteLinesAsync(output, LoadFigures.Lines(steady.Records, mixedSeconds));

        await KilledHalfwayAsync(output, cluster, ecosystem, profiles, rate, mixedSeconds);
        return 0;
    }

    private static async Task<TimeSpan> ImportAsync(HttpClient http, List<JsonObject> documents)
    {
        var clock = Stopwatch.StartNew();
        var client = new MatchmakingClient(http);
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(part =>
            client.ImportAllAsync([.. documents.Where((_, i) => i % 4 == part)], batchSize: 500)));
        var failed = results.Sum(r => r.Failed);
        return failed == 0 ? clock.Elapsed : throw new InvalidOperationException($"{failed} profiles were not imported: {results.SelectMany(r => r.Errors).First()}");
    }

    /// <summary>Closed runs of suggestions, of writes and of the mix; returns the mix's answered requests a second.</summary>
    private static async Task<double> CapacityAsync(TextWriter output, string name, Workload workload, LoadBalancer balancer, int callers, TimeSpan seconds)
    {
        var suggestions = await LoadRun.ClosedAsync(workload, balancer, _ => Operation.Suggestions, callers, seconds);
        var writes = await LoadRun.ClosedAsync(workload, balancer, _ => Operation.Write, callers, seconds);
        var mixed = await LoadRun.ClosedAsync(workload, balancer, LoadRun.Mixed, callers, seconds);
        await output.WriteLineAsync($"capacity, {name} ({callers} callers): suggestions {LoadFigures.PerSecond(suggestions, seconds):N0}/s, profile writes {LoadFigures.PerSecond(writes, seconds):N0}/s, mixed {LoadFigures.PerSecond(mixed, seconds):N0}/s");
        await WriteLinesAsync(output, LoadFigures.Lines(suggestions, seconds).Select(l => "  alone:" + l[1..]));
        await WriteLinesAsync(output, LoadFigures.Lines(writes, seconds).Select(l => "  alone:" + l[1..]));
        await WriteLinesAsync(output, LoadFigures.Lines(mixed, seconds).Select(l => "  mixed:" + l[1..]));
        return LoadFigures.PerSecond(mixed, seconds);
    }

    /// <summary>The mixed load again, the last silo killed (SIGKILL) halfway; then every acknowledged write is read back from every survivor.</summary>
    private static async Task KilledHalfwayAsync(TextWriter output, BenchCluster cluster, SyntheticEcosystem ecosystem, int profiles, double rate, TimeSpan duration)
    {
        var log = new RequestLog();
        var acknowledged = new AcknowledgedWrites();
        var workload = new Workload(ecosystem, profiles, log, acknowledged);
        var victim = cluster.Targets[^1];
        var killedAt = TimeSpan.Zero;
        var run = await LoadRun.OpenAsync(workload, new LoadBalancer(cluster.Targets), LoadRun.Mixed, rate, duration, async () =>
        {
            killedAt = log.Now;
            await cluster.KillAsync(victim);
        });

        var failed = run.Records.Where(r => r.Outcome != Outcome.Success).ToList();
        var window = failed.Count == 0 ? TimeSpan.Zero : failed.Max(r => r.At + r.Took) - killedAt;
        await output.WriteLineAsync($"the same load, silo {victim.Name} killed at {killedAt.TotalSeconds:N1} s ({run.Delayed} starts delayed):");
        await WriteLinesAsync(output, LoadFigures.Lines(run.Records, duration));
        await output.WriteLineAsync($"  errors of requests that ended before the kill: {failed.Count(r => r.At + r.Took < killedAt)}; failover window (kill to the end of the last failed request): {window.TotalSeconds:N2} s");

        var lost = 0;
        foreach (var target in cluster.Targets)
        {
            foreach (var write in acknowledged.Last)
            {
                var served = JsonNode.Parse(await target.Http.GetStringAsync(new Uri(write.Path, UriKind.Relative)));
                lost += (string?)served?["version"] == write.Version && (string?)served?["name"] == write.Name ? 0 : 1;
            }
        }

        await output.WriteLineAsync($"  acknowledged writes read back from {cluster.Targets.Count} survivors: {acknowledged.Last.Count:N0} profiles ({acknowledged.Count:N0} writes), {lost} lost or older");
    }

    private static async Task WriteLinesAsync(TextWriter output, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            await output.WriteLineAsync(line);
        }
    }
}
