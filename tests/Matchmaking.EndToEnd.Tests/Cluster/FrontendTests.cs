using Matchmaking.Testing.Cluster;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using Matchmaking.Testing;
using Xunit.Abstractions;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Cluster;

/// <summary>
/// The HTTP front end as its own process (<c>Silo__Role=Frontend</c>), an Orleans client of a silo or of a
/// cluster: it serves the same answers as the silo, shows its own writes at once, says in /health and with 503s
/// when the cluster is away, and serves again when it is back. The Orleans dashboard is for admins, off by default.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FrontendTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const string DemoCompany = "officine-bresciane-valvole";

    [Fact]
    public async Task A_front_end_on_one_silo_answers_like_it_shows_its_writes_at_once_and_rides_out_the_silo_going_away()
    {
        using var folder = new TempDirectory();
        var storage = $"Data Source={folder.Combine("hub.db")}";
        var gateway = SiloProcess.FreePort().ToString(CultureInfo.InvariantCulture);
        await using var silo = await SiloProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = storage,
            ["Orleans__GatewayPort"] = gateway,
            ["Dashboard__Enabled"] = "true",
        });
        await using var frontend = await SiloProcess.StartAsync(new Dictionary<string, string>
        {
            ["Silo__Role"] = "Frontend",
            ["Storage__ConnectionString"] = storage,
            ["Orleans__GatewayPort"] = gateway,
            [SiloProcess.BootstrapKeySetting] = silo.AdminKey,
        });
        using var viaSilo = silo.CreateHttpClient();
        using var viaFrontend = frontend.CreateHttpClient();
        viaSilo.Timeout = viaFrontend.Timeout = TimeSpan.FromSeconds(10);

        try
        {
            var health = await viaFrontend.GetFromJsonAsync<JsonObject>("health");
            Assert.Equal("healthy", (string?)health!["status"]);
            Assert.Contains("1 active silos", (string?)health["checks"]!["cluster"]!["description"], StringComparison.Ordinal);

            // The same ecosystem, the same answers: lists from the front end's own read models, suggestions from the grains.
            Assert.Equal(await TotalAsync(viaSilo, "api/actors?pageSize=1"), await TotalAsync(viaFrontend, "api/actors?pageSize=1"));
            Assert.Equal(await TextAsync(viaSilo, $"api/companies/{DemoCompany}/suggestions?top=10"), await TextAsync(viaFrontend, $"api/companies/{DemoCompany}/suggestions?top=10"));
            var brief = new JsonObject { ["brief"] = "visione artificiale per difetti superficiali", ["target"] = new JsonArray("startup", "researcher") };
            Assert.Equal(await PostTextAsync(viaSilo, "api/suggestions", brief), await PostTextAsync(viaFrontend, "api/suggestions", brief));

            // A write through the front end is in its own lists in the next request (no waiting), and in the silo's.
            var token = "fe" + Guid.NewGuid().ToString("N")[..10];
            var id = NewId("frontend");
            using (var put = await viaFrontend.PutAsJsonAsync($"api/companies/{id}", Company($"Officine {token}")))
            {
                Assert.Equal(HttpStatusCode.Created, put.StatusCode);
            }

            Assert.Equal(1, await TotalAsync(viaFrontend, $"api/companies?q={token}"));
            Assert.Equal(1, await TotalAsync(viaSilo, $"api/companies?q={token}"));

            // The dashboard: on the silo that enables it, for admins only; off (not there) on the front end.
            using (var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = silo.BaseAddress })
            {
                using var refused = await anonymous.GetAsync("admin/orleans/DashboardCounters");
                Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
                Assert.Contains("/signin", refused.Headers.Location?.ToString(), StringComparison.Ordinal);
            }

            var counters = await viaSilo.GetFromJsonAsync<JsonObject>("admin/orleans/DashboardCounters");
            Assert.Single(counters!["hosts"]!.AsArray());
            Assert.Equal(HttpStatusCode.NotFound, (await viaFrontend.GetAsync("admin/orleans/DashboardCounters")).StatusCode);

            // The silo dies: the front end says so, refuses writes with 503 problem details, still lists what it holds.
            await silo.KillAsync();
            using (var unhealthy = await viaFrontend.GetAsync("health"))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
                var failing = (await unhealthy.Content.ReadFromJsonAsync<JsonObject>())!["failing"]!.AsArray().Select(n => (string?)n).ToList();
                Assert.Equal(["cluster"], failing);
            }

            using (var refused = await viaFrontend.PutAsJsonAsync($"api/companies/{id}", Company($"Rifiutata {token}")))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
                Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            }

            Assert.Equal(1, await TotalAsync(viaFrontend, $"api/companies?q={token}"));

            // Back: the front end reconnects by itself; the refused write changed nothing, a new one is taken.
            await silo.StartAgainAsync();
            var back = await ClusterSilos.EventuallyAsync(TimeSpan.FromSeconds(30), async () =>
                (await viaFrontend.GetAsync("health")).StatusCode == HttpStatusCode.OK);
            output.WriteLine($"front end healthy again {back.TotalSeconds:F1} s after the silo's /health");
            Assert.Equal($"Officine {token}", (string?)(await viaFrontend.GetFromJsonAsync<JsonObject>($"api/companies/{id}"))!["name"]);
            using (var update = await viaFrontend.PutAsJsonAsync($"api/companies/{id}", Company($"Aggiornata {token}")))
            {
                Assert.Equal(HttpStatusCode.OK, update.StatusCode);
            }

            Assert.Equal(1, await TotalAsync(viaFrontend, $"api/companies?q=Aggiornata+{token}"));
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"{e.Message}\n--- silo:\n{silo.Output}\n--- front end:\n{frontend.Output}", e);
        }
    }

    [Fact]
    public async Task A_front_end_of_a_cluster_serves_on_when_the_silo_of_a_grain_is_killed()
    {
        var database = await postgres.Server.CreateUniqueDatabaseAsync("frontend");
        var clusterId = "fe-" + Guid.NewGuid().ToString("N")[..8];
        Dictionary<string, string> Settings(string role, bool demo) => new()
        {
            ["Silo__Role"] = role,
            ["Storage__Provider"] = "PostgreSql",
            ["Storage__ConnectionString"] = database,
            ["Clustering__Provider"] = "AdoNet",
            ["Clustering__ClusterId"] = clusterId,
            ["Clustering__Membership__ProbeTimeout"] = "00:00:01",
            ["Clustering__Membership__NumMissedProbesLimit"] = "2",
            ["Clustering__Membership__TableRefreshTimeout"] = "00:00:02",
            ["Demo__Enabled"] = demo ? "true" : "false",
        };

        await using var a = await SiloProcess.StartAsync(Settings("Silo", demo: true));
        await using var b = await SiloProcess.StartAsync(Settings("Silo", demo: false));
        await using var frontend = await SiloProcess.StartAsync(Settings("Frontend", demo: false));
        using var http = frontend.CreateHttpClient();
        http.Timeout = TimeSpan.FromSeconds(10);

        try
        {
            await ClusterSilos.EventuallyAsync(TimeSpan.FromSeconds(15), async () =>
                (await http.GetFromJsonAsync<JsonObject>("health"))!["checks"]!["cluster"]!["description"]!.ToString().Contains("2 active silos", StringComparison.Ordinal));

            // Written through the front end: each grain lives on one of the two silos.
            var token = "fec" + Guid.NewGuid().ToString("N")[..10];
            var ids = Enumerable.Range(0, 8).Select(_ => NewId("fe-cluster")).ToList();
            foreach (var id in ids)
            {
                (await http.PutAsJsonAsync($"api/companies/{id}", Company($"Officine {token}"))).EnsureSuccessStatusCode();
            }

            Assert.Equal(ids.Count, await TotalAsync(http, $"api/companies?q={token}&pageSize=50"));

            await a.KillAsync();
            var attempts = 0;
            var recovered = await ClusterSilos.EventuallyAsync(TimeSpan.FromSeconds(30), async () =>
            {
                attempts++;
                try
                {
                    foreach (var id in ids)
                    {
                        using var update = await http.PutAsJsonAsync($"api/companies/{id}", Company($"Aggiornata {token}"));
                        if (!update.IsSuccessStatusCode)
                        {
                            Assert.Equal(HttpStatusCode.ServiceUnavailable, update.StatusCode);
                            return false;
                        }
                    }

                    return true;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return false;
                }
            });
            output.WriteLine($"failover seen from the front end (kill -9 of a silo -> every write succeeds): {recovered.TotalSeconds:F1} s, {attempts} attempts");
            Assert.Equal(ids.Count, await TotalAsync(http, $"api/companies?q=Aggiornata+{token}&pageSize=50"));
            foreach (var id in ids)
            {
                Assert.Equal($"Aggiornata {token}", (string?)(await http.GetFromJsonAsync<JsonObject>($"api/companies/{id}"))!["name"]);
            }
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"{e.Message}\n--- silo A:\n{a.Output}\n--- silo B:\n{b.Output}\n--- front end:\n{frontend.Output}", e);
        }
    }

    [Theory]
    [InlineData("Silo__Role", "backend", "The role 'backend' is not one of: silo, frontend.")]
    [InlineData("Clustering__Provider", "Zookeeper", "Clustering:Provider 'Zookeeper' is not one of: Localhost, AdoNet.")]
    [InlineData("Storage__Provider", "Oracle", "Storage:Provider 'Oracle' is not one of: Sqlite, PostgreSql.")]
    [InlineData("Tiers__SeatPriority__0", "padrone", "Tiers:SeatPriority: 'padrone' is not a tier (resident-partner, sponsor, supporter, consortium-member, founding-member, member).")]
    [InlineData("Freshness__StaleAfter", "00:00:00", "Freshness: StaleAfter must be above zero (00:00:00), Grace not below zero (90.00:00:00), StalePenalty above 0 and at most 1 (0.5), SweepEvery at least a minute (1.00:00:00).")]
    [InlineData("Digests__Every", "00:00:10", "Digests:Every must be at least a minute (00:00:10).")]
    public async Task A_setting_the_process_cannot_start_with_is_one_line_and_a_non_zero_exit(string setting, string value, string message)
    {
        using var folder = new TempDirectory();
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => SiloProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = $"Data Source={folder.Combine("hub.db")}",
            [setting] = value,
        }));

        Assert.Equal($"The silo exited with code 2:\nmatchmaking: {message}", failure.Message.TrimEnd());
    }

    private static async Task<int> TotalAsync(HttpClient http, string path) =>
        (int)(await http.GetFromJsonAsync<JsonObject>(path))!["total"]!;

    private static async Task<string> TextAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> PostTextAsync(HttpClient http, string path, JsonObject body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
