using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Matchmaking.Bench.Scale;
using Matchmaking.Client;
using Matchmaking.Testing;

namespace Matchmaking.Bench.Throughput;

/// <summary>
/// <c>vouchers [--programmes 10] [--people 200] [--budget-for 50]</c>: voucher issues and spends end to end, with the
/// concurrency tests' shape: a real silo process on SQLite with one accredited space; for each of
/// <c>--programmes</c> programmes whose budget pays <c>--budget-for</c> vouchers, <c>--people</c> people ask at once
/// (one HTTP request each, all in flight together), then every issued voucher is spent twice at once. Reports issues/s
/// and spends/s with their latency, and checks that no programme issued beyond its budget nor spent a voucher twice.
/// </summary>
public static class VoucherBenchmark
{
    private const string Space = "cowo-bench";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var programmes = Arguments.Int(args, "--programmes", 10);
        var people = Arguments.Int(args, "--people", 200);
        var budgetFor = Arguments.Int(args, "--budget-for", 50);
        using var folder = new TempDirectory();
        await using var silo = await BenchSilos.StartSqliteAsync(folder);
        using var http = silo.CreateHttpClient();
        var client = new MatchmakingClient(http);
        await client.PutSpaceDocumentAsync(Space, new JsonObject
        {
            ["name"] = "Cowo bench",
            ["operator"] = "Bench",
            ["address"] = "Via Bench 1",
            ["location"] = new JsonObject { ["municipality"] = "Milano", ["province"] = "MI" },
            ["seats"] = 100,
            ["freeSeats"] = 100,
        });
        await client.AccreditSpaceAsync(Space, accredited: true);
        await output.WriteLineAsync($"vouchers: {programmes} programmes with a budget for {budgetFor} vouchers, {people} people asking at once for each, then every voucher spent twice at once, over HTTP to a silo process (SQLite)");

        var issuing = new List<double>();
        var spending = new List<double>();
        var issueClock = new Stopwatch();
        var spendClock = new Stopwatch();
        for (var p = 0; p < programmes; p++)
        {
            var id = $"voucher-bench-{p:000}";
            await client.PutProgrammeDocumentAsync(id, Programme(budgetFor));
            issueClock.Start();
            var issued = await Task.WhenAll(Enumerable.Range(0, people).Select(i => Timed(issuing, () => client.IssueVoucherAsync(id, $"Persona {i:0000}", new DateOnly(2000, 1, 1), null))));
            issueClock.Stop();
            var vouchers = issued.OfType<JsonObject>().Select(a => (string)a["voucher"]!["id"]!).ToList();
            if (vouchers.Count != Math.Min(people, budgetFor))
            {
                throw new InvalidOperationException($"{id}: {vouchers.Count} vouchers issued on a budget for {budgetFor}.");
            }

            spendClock.Start();
            var spent = await Task.WhenAll(vouchers.Concat(vouchers).Select(v => Timed(spending, () => client.SpendVoucherAsync(id, v, Space))));
            spendClock.Stop();
            if (spent.Count(s => s is not null) != vouchers.Count)
            {
                throw new InvalidOperationException($"{id}: {spent.Count(s => s is not null)} spends succeeded for {vouchers.Count} vouchers sent twice.");
            }
        }

        var issue = Latency.Of(issuing);
        var spend = Latency.Of(spending);
        await output.WriteLineAsync($"issues  {issuing.Count / issueClock.Elapsed.TotalSeconds,8:N0}/s  p50 {issue.P50:F1} ms  p99 {issue.P99:F1} ms  ({issuing.Count:N0} requests, {people} in flight; a refusal for the spent budget counts)");
        await output.WriteLineAsync($"spends  {spending.Count / spendClock.Elapsed.TotalSeconds,8:N0}/s  p50 {spend.P50:F1} ms  p99 {spend.P99:F1} ms  ({spending.Count:N0} requests, {2 * Math.Min(people, budgetFor)} in flight; the second spend of each voucher is a 409)");
        await output.WriteLineAsync("no programme issued beyond its budget, and every voucher was spent exactly once");
        return 0;
    }

    // Times a call; a 409 (budget spent, voucher spent already) is an answer too, returned as null.
    private static async Task<JsonObject?> Timed(List<double> times, Func<Task<JsonObject>> call)
    {
        var start = Stopwatch.GetTimestamp();
        JsonObject? result;
        try
        {
            result = await call();
        }
        catch (MatchmakingApiException e) when (e.StatusCode == HttpStatusCode.Conflict)
        {
            result = null;
        }

        lock (times)
        {
            times.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
        }

        return result;
    }

    private static JsonObject Programme(int vouchers) => new()
    {
        ["title"] = new JsonObject { ["it"] = "Voucher bench" },
        ["issuer"] = "Comune bench",
        ["budget"] = vouchers * 500,
        ["voucherValue"] = 500,
        ["eligibility"] = new JsonObject { ["holders"] = new JsonArray("person") },
        ["validFrom"] = "2026-01-01",
        ["validUntil"] = "2099-12-31",
    };
}
