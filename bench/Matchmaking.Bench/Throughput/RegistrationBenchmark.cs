using System.Diagnostics;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Bench.Scale;
using Matchmaking.Bench.Synthetic;
using Matchmaking.Client;
using Matchmaking.Testing;

namespace Matchmaking.Bench.Throughput;

/// <summary>
/// <c>registrations [--events 20] [--members 200] [--seats 50]</c>: event sign-ups end to end, with the concurrency
/// tests' shape: a real silo process on SQLite, <c>--members</c> startups imported, then for each of <c>--events</c>
/// published courses every member registers at once (one HTTP request each, all in flight together). Reports
/// registrations/s and their latency, then cancellations (each moving the first waiting member up), and checks that
/// no course ever seated more than its seats.
/// </summary>
public static class RegistrationBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var events = Arguments.Int(args, "--events", 20);
        var members = Arguments.Int(args, "--members", 200);
        var seats = Arguments.Int(args, "--seats", 50);
        using var folder = new TempDirectory();
        await using var silo = await BenchSilos.StartSqliteAsync(folder);
        using var http = silo.CreateHttpClient();
        var client = new MatchmakingClient(http);
        var generator = new SyntheticEcosystem();
        var startups = Enumerable.Range(0, members * 4).Select(generator.Actor).Where(a => a.Kind == ActorKind.Startup).Take(members).ToList();
        if (startups.Count < members)
        {
            throw new InvalidOperationException($"The synthetic ecosystem gave {startups.Count} startups of {members}.");
        }

        await client.ImportAllAsync([.. startups.Select(ImportDocuments.Of)], 500);
        await output.WriteLineAsync($"registrations: {events} courses of {seats} seats, {members} startups registering at once for each, over HTTP to a silo process (SQLite)");

        var registering = new List<double>();
        var cancelling = new List<double>();
        var registerClock = new Stopwatch();
        var cancelClock = new Stopwatch();
        for (var e = 0; e < events; e++)
        {
            var id = $"corso-bench-{e:000}";
            await client.PutEventDocumentAsync(EventKind.Course, id, Course(seats));
            registerClock.Start();
            var results = await Task.WhenAll(startups.Select(s => Timed(registering, () => client.RegisterAsync(EventKind.Course, id, new ActorRef(ActorKind.Startup, s.Id)))));
            registerClock.Stop();
            var seated = results.Count(r => (string?)r["status"] == "registered");
            if (seated != Math.Min(seats, members))
            {
                throw new InvalidOperationException($"{id}: {seated} members seated for {seats} seats.");
            }

            // A tenth of the seated members cancel at once: each freed seat goes to the first member waiting.
            var leaving = results.Where(r => (string?)r["status"] == "registered").Take(Math.Max(1, seats / 10)).Select(r => (string)r["member"]!["id"]!).ToList();
            cancelClock.Start();
            await Task.WhenAll(leaving.Select(m => Timed(cancelling, () => client.CancelRegistrationAsync(EventKind.Course, id, new ActorRef(ActorKind.Startup, m)))));
            cancelClock.Stop();
            var after = await client.GetEventAsync(EventKind.Course, id);
            if ((int)after["registered"]! != Math.Min(seats, members - leaving.Count))
            {
                throw new InvalidOperationException($"{id}: {after["registered"]} seated after {leaving.Count} cancellations.");
            }
        }

        var register = Latency.Of(registering);
        var cancel = Latency.Of(cancelling);
        await output.WriteLineAsync($"registrations  {registering.Count / registerClock.Elapsed.TotalSeconds,8:N0}/s  p50 {register.P50:F1} ms  p99 {register.P99:F1} ms  ({registering.Count:N0} requests, {members} in flight)");
        await output.WriteLineAsync($"cancellations  {cancelling.Count / cancelClock.Elapsed.TotalSeconds,8:N0}/s  p50 {cancel.P50:F1} ms  p99 {cancel.P99:F1} ms  ({cancelling.Count:N0} requests, {Math.Max(1, seats / 10)} in flight)");
        await output.WriteLineAsync("every course seated exactly its seats, and every cancellation moved a waiting member up");
        return 0;
    }

    private static async Task<T> Timed<T>(List<double> times, Func<Task<T>> call)
    {
        var start = Stopwatch.GetTimestamp();
        var result = await call();
        lock (times)
        {
            times.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
        }

        return result;
    }

    private static JsonObject Course(int seats) => new()
    {
        ["title"] = new JsonObject { ["it"] = "Corso di cybersecurity per PMI", ["en"] = "Cybersecurity course for SMEs" },
        ["organiser"] = new JsonObject { ["hub"] = "CSMT – Officina Liberty" },
        ["themes"] = new JsonArray("cybersecurity"),
        ["start"] = "2027-03-14T09:00",
        ["end"] = "2027-03-14T13:00",
        ["place"] = new JsonObject { ["space"] = "officina-liberty" },
        ["capacity"] = seats,
        ["audience"] = new JsonArray("companies", "startups"),
        ["status"] = "published",
    };
}
