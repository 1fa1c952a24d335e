using Matchmaking.Testing.Cluster;
using System.Net;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Silo.Hosting;
using Matchmaking.Testing;
using Xunit.Abstractions;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Cluster;

/// <summary>
/// PostgreSQL (storage and membership of two silos) stopped with a fast shutdown under load and started again on
/// the same port, the silos left running: while it is away, what needs it answers 503 problem details and
/// <c>/health</c> 503 naming <c>storage</c>, what the read models hold keeps answering; once it is back, requests
/// succeed again without a restart, <c>/health</c> is 200, and every acknowledged write is in storage and served.
/// Its own server: the shared one of the collection is never stopped (the collection only keeps it from running
/// beside the other cluster tests).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresOutageTests(ITestOutputHelper output)
{
    private const string DemoCompany = "officine-bresciane-valvole";
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task While_postgresql_is_stopped_what_needs_it_answers_503_and_once_it_is_back_everything_succeeds_with_no_acknowledged_write_lost()
    {
        await using var server = await PostgresServer.StartAsync();
        var database = await server.CreateUniqueDatabaseAsync("outage");
        var clusterId = "outage-" + Guid.NewGuid().ToString("N")[..8];
        var silos = await ClusterSilos.StartAsync(
            ClusterSilos.Settings(database, clusterId, demo: true), ClusterSilos.Settings(database, clusterId, demo: false));
        try
        {
            await using var a = silos[0];
            await using var b = silos[1];
            using var httpA = a.CreateHttpClient();
            using var httpB = b.CreateHttpClient();
            httpA.Timeout = httpB.Timeout = TimeSpan.FromSeconds(10);
            Target[] targets = [new("A", httpA), new("B", httpB)];
            await ClusterSilos.EventuallyAsync(TimeSpan.FromSeconds(15), async () =>
                (await httpB.GetAsync($"api/companies/{DemoCompany}")).StatusCode == HttpStatusCode.OK, "the demo on B");

            var token = "out" + Guid.NewGuid().ToString("N")[..8];
            var log = new RequestLog();
            var acknowledged = new AcknowledgedWrites();
            var load = new ClusterLoad(log, acknowledged, token, DemoCompany);
            load.SendTo(targets);
            using var stop = new CancellationTokenSource();
            using var drain = new CancellationTokenSource();
            var writing = load.WriteAsync(writers: 4, stop.Token, drain.Token);
            var reading = load.ReadAsync(readers: 2, stop.Token);
            await Task.Delay(TimeSpan.FromSeconds(3));
            var beforeOutage = acknowledged.Count;
            Assert.True(beforeOutage > 0, "No write was acknowledged before the outage.");

            // PostgreSQL away: pg_ctl returns once the server has shut down.
            var stopping = log.Now;
            load.AskersBefore = stopping - TimeSpan.FromSeconds(1);
            await server.StopAsync();
            var down = log.Now;
            output.WriteLine($"{beforeOutage} writes acknowledged before the outage; PostgreSQL stopped (fast) in {(down - stopping).TotalMilliseconds:F0} ms");
            var health = new List<(string Silo, int Status, string Body)>();
            while (log.Now - down < Outage)
            {
                foreach (var target in targets)
                {
                    health.Add(await HealthAsync(target));
                    await log.SendAsync(target.Name, "probe GET never written", target.Http, http => http.GetAsync($"api/companies/{NewId("never")}"), expected404: true);
                    await log.SendAsync(target.Name, "probe GET list", target.Http, http => http.GetAsync($"api/actors?q={token}&pageSize=20"));
                }

                await Task.Delay(200);
            }

            // Back on the same port, the silos untouched: how long until each serves writes, activations and health again.
            var starting = log.Now;
            await server.StartAgainAsync();
            var up = log.Now;
            output.WriteLine($"PostgreSQL away for {(starting - down).TotalSeconds:F1} s, then {(up - starting).TotalMilliseconds:F0} ms to start again (pg_ctl start -w)");
            foreach (var target in targets)
            {
                var probe = NewId("probe");
                var recovered = await ClusterSilos.EventuallyAsync(TimeSpan.FromSeconds(20), async () =>
                    (await load.PutAsync(target, ActorKind.Company, probe, Company($"Probe {token}"))).Succeeded
                    && (await log.SendAsync(target.Name, "probe GET never written", target.Http, http => http.GetAsync($"api/companies/{NewId("never")}"), expected404: true)).Succeeded,
                    $"a write and a first read through {target.Name}");
                var healthy = await ClusterSilos.EventuallyAsync(TimeSpan.FromSeconds(20), async () => (await HealthAsync(target)).Status == 200, $"/health of {target.Name}");
                output.WriteLine($"silo {target.Name}: writes and first reads succeed {(log.Now - up).TotalSeconds:F2} s after PostgreSQL accepts connections again " +
                    $"(waited {recovered.TotalSeconds:F2} s), /health 200 after {healthy.TotalSeconds:F2} s more");
            }

            var recoveredAt = log.Now;
            load.AskersBefore = null;
            await Task.Delay(TimeSpan.FromSeconds(2));
            stop.Cancel();
            await reading;
            drain.CancelAfter(TimeSpan.FromSeconds(20));
            await writing;

            // What the client saw, by phase.
            var records = log.Records;
            output.WriteLine($"before the outage: {RequestLog.Summary(records.Where(r => r.At < stopping))}");
            output.WriteLine($"stopping: {RequestLog.Summary(records.Where(r => r.At >= stopping && r.At < down))}");
            output.WriteLine($"during the outage: {RequestLog.Summary(records.Where(r => r.At >= down && r.At < starting))}");
            output.WriteLine($"starting again: {RequestLog.Summary(records.Where(r => r.At >= starting && r.At < up))}");
            output.WriteLine($"recovering: {RequestLog.Summary(records.Where(r => r.At >= up && r.At < recoveredAt))}");
            output.WriteLine($"after: {RequestLog.Summary(records.Where(r => r.At >= recoveredAt))}");
            output.WriteLine($"/health during the outage: {string.Join("; ", health.GroupBy(h => (h.Silo, h.Status)).Select(g => $"{g.Key.Silo} {g.Key.Status} x{g.Count()}"))}");

            // Never a 500, a hang or a lost connection: only 503 problem details, and only while PostgreSQL was away or just back
        // (a request still running when the stop began may meet it: its connection is terminated mid-write).
            Assert.All(records, r => Assert.True(r.Outcome is Outcome.Success or Outcome.Unavailable, $"{r}"));
            Assert.All(records.Where(r => r.Outcome == Outcome.Unavailable), r => Assert.True(r.At + r.Took >= stopping && r.At < recoveredAt, $"503 outside the outage: {r}"));

            // Writes and activations need the database: all failed while it was away; the read models kept answering.
            var outage = records.Where(r => r.At >= down && r.At + r.Took < starting).ToList();
            var outageWrites = outage.Where(r => r.Operation.StartsWith("PUT", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(outageWrites);
            Assert.All(outageWrites, r => Assert.Equal(Outcome.Unavailable, r.Outcome));
            Assert.All(outage.Where(r => r.Operation == "probe GET never written"), r => Assert.Equal(Outcome.Unavailable, r.Outcome));
            Assert.All(outage.Where(r => r.Operation is "probe GET list" or "GET list" or "POST brief"), r => Assert.Equal(Outcome.Success, r.Outcome));
            Assert.Contains(outage, r => r.Operation == "probe GET list");
            var outageHealth = health.ToList();
            Assert.All(outageHealth, h =>
            {
                Assert.Equal(503, h.Status);
                Assert.Contains(SiloHealth.Storage, JsonNode.Parse(h.Body)!["failing"]!.AsArray().Select(f => (string?)f));
            });

            // Nothing acknowledged lost: storage holds every last acknowledged version, and both silos serve it.
            Assert.Equal(0, load.Unacknowledged);
            var last = acknowledged.Last;
            await StoredProfiles.AssertStoredAsync(database, last);
            await StoredProfiles.AssertServedAsync(targets, last);

            output.WriteLine($"{acknowledged.Count} writes acknowledged in all; the last of each of {last.Count} profiles in storage and served by A and B");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException($"{e.Message}\n{ClusterSilos.Outputs(silos)}", e);
        }
    }

    private static async Task<(string Silo, int Status, string Body)> HealthAsync(Target target)
    {
        using var response = await target.Http.GetAsync("health");
        return (target.Name, (int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
