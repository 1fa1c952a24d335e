using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Bench.Synthetic;
using Matchmaking.Bench.Throughput;
using Matchmaking.Client;
using Matchmaking.Matching.Profiles;
using Matchmaking.Testing;

namespace Matchmaking.Bench.Scale;

/// <summary>
/// Suggestion latency over HTTP: a real silo process (SQLite store in a temporary folder, no demo data) with the
/// synthetic profiles imported through <c>POST /api/import</c>, asked the same kind of queries one at a time over
/// loopback with <c>GET /api/{kinds}/{id}/suggestions?top=10[&amp;target=…]</c> (the contract of issue 3).
/// Profiles carry no partners: the import has no field for them.
/// </summary>
/// <param name="Status">"ok", or why there is no figure (e.g. the endpoint answered 404).</param>
public sealed record HttpLatency(int Size, string Status, double ImportSeconds, Latency? Latency, double MeanSuggestions, int Failures)
{
    public static async Task<HttpLatency> MeasureAsync(SyntheticEcosystem ecosystem, int size, IReadOnlyList<ScaleQuery> queries, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(ecosystem);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(log);
        var documents = Enumerable.Range(0, size).AsParallel().AsOrdered().Select(i => ImportDocuments.Of(ecosystem.Actor(i))).ToList();
        using var folder = new TempDirectory();
        await using var silo = await BenchSilos.StartSqliteAsync(folder, "scale.db");
        using var http = silo.CreateHttpClient();
        var client = new MatchmakingClient(http);

        await log.WriteLineAsync($"http: importing {size:N0} profiles into a silo process on {silo.BaseAddress}");
        var clock = Stopwatch.StartNew();
        var imported = await client.ImportAllAsync(documents, batchSize: 500);
        var importSeconds = clock.Elapsed.TotalSeconds;
        if (imported.Failed > 0)
        {
            return new HttpLatency(size, $"import failed for {imported.Failed} profiles: {imported.Errors.FirstOrDefault()}", importSeconds, null, 0, imported.Failed);
        }

        // The silo may index imported profiles asynchronously: wait (with a deadline) until the first asker is answered.
        var (status, body) = await AskAsync(http, queries[0]);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline && status is HttpStatusCode.NotFound or HttpStatusCode.ServiceUnavailable)
        {
            await Task.Delay(250);
            (status, body) = await AskAsync(http, queries[0]);
        }

        if (status != HttpStatusCode.OK)
        {
            return new HttpLatency(size, $"GET {queries[0].HttpPath} answered {(int)status} {status}: {Shorten(body)}", importSeconds, null, 0, 0);
        }

        foreach (var query in queries.Take(Math.Min(100, queries.Count)))
        {
            await AskAsync(http, query); // warm-up: JIT and grain activations on the silo's side
        }

        var times = new List<double>(queries.Count);
        var failures = 0;
        long suggestions = 0;
        foreach (var query in queries)
        {
            var start = Stopwatch.GetTimestamp();
            (status, body) = await AskAsync(http, query);
            times.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
            if (status == HttpStatusCode.OK && JsonNode.Parse(body)?["items"] is JsonArray items)
            {
                suggestions += items.Count;
            }
            else
            {
                failures++;
            }
        }

        return new HttpLatency(size, failures == 0 ? "ok" : $"{failures} failed requests", importSeconds, Latency.Of(times), (double)suggestions / queries.Count, failures);
    }

    private static async Task<(HttpStatusCode Status, string Body)> AskAsync(HttpClient http, ScaleQuery query)
    {
        using var response = await http.GetAsync(new Uri(query.HttpPath, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Shorten(string body) => body.Length <= 200 ? body : body[..200] + "…";
}
