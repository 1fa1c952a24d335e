using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace Matchmaking.Testing.Cluster;

/// <summary>What a client saw of one request.</summary>
public enum Outcome
{
    /// <summary>A 2xx answer (or the 404 the request expected).</summary>
    Success,

    /// <summary>503 problem details: the storage or a silo did not answer, try again.</summary>
    Unavailable,

    /// <summary>Any other answer: a 500, a 4xx the request did not expect, a 503 that is not problem details.</summary>
    Wrong,

    /// <summary>No answer: the connection was refused or broken (the silo the request went to died).</summary>
    ConnectionLost,

    /// <summary>No answer within the client's timeout.</summary>
    TimedOut,
}

/// <summary>One request: when it started (from the log's start), how long it took, where it went, what came back.</summary>
public sealed record RequestRecord(TimeSpan At, TimeSpan Took, string Silo, string Operation, Outcome Outcome, int? Status, string? Detail);

/// <summary>One request's record and, for a success, its JSON body (null when it had none).</summary>
public sealed record Answer(RequestRecord Record, JsonNode? Body)
{
    public bool Succeeded => Record.Outcome == Outcome.Success;
}

/// <summary>
/// Sends requests and keeps what came back of each, classified as a client sees it (thread-safe). A 503 counts as
/// <see cref="Outcome.Unavailable"/> only as RFC 9457 problem details (<c>application/problem+json</c>, status 503).
/// </summary>
public sealed class RequestLog
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<RequestRecord> records = new();

    /// <summary>Time since the log started (the scale of <see cref="RequestRecord.At"/>).</summary>
    public TimeSpan Now => clock.Elapsed;

    public IReadOnlyList<RequestRecord> Records => [.. records];

    /// <summary>
    /// Sends one request through <paramref name="http"/> (its own timeout is the client timeout); <paramref name="expected404"/>
    /// counts a 404 as the success it is for a read of something that does not exist.
    /// </summary>
    public async Task<Answer> SendAsync(string silo, string operation, HttpClient http, Func<HttpClient, Task<HttpResponseMessage>> send, bool expected404 = false)
    {
        var at = clock.Elapsed;
        Answer answer;
        try
        {
            using var response = await send(http);
            var status = (int)response.StatusCode;
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            var text = await response.Content.ReadAsStringAsync();
            var body = Parse(text);
            var outcome = response.IsSuccessStatusCode || (expected404 && response.StatusCode == HttpStatusCode.NotFound)
                ? Outcome.Success
                : response.StatusCode == HttpStatusCode.ServiceUnavailable && problem && (int?)body?["status"] == 503
                    ? Outcome.Unavailable
                    : Outcome.Wrong;
            var detail = outcome == Outcome.Success ? null : text;
            answer = new Answer(new RequestRecord(at, clock.Elapsed - at, silo, operation, outcome, status, detail), outcome == Outcome.Success ? body : null);
        }
        catch (HttpRequestException e)
        {
            answer = new Answer(new RequestRecord(at, clock.Elapsed - at, silo, operation, Outcome.ConnectionLost, null, e.Message), null);
        }
        catch (TaskCanceledException e)
        {
            answer = new Answer(new RequestRecord(at, clock.Elapsed - at, silo, operation, Outcome.TimedOut, null, e.Message), null);
        }

        records.Enqueue(answer.Record);
        return answer;
    }

    private static JsonNode? Parse(string text)
    {
        try
        {
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The records that started in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IReadOnlyList<RequestRecord> Between(TimeSpan from, TimeSpan to) => [.. records.Where(r => r.At >= from && r.At < to)];

    /// <summary>A line per outcome and status: how many, and of which operations.</summary>
    public static string Summary(IEnumerable<RequestRecord> records) =>
        string.Join("; ", records
            .GroupBy(r => (r.Outcome, r.Status))
            .OrderBy(g => g.Key.Outcome).ThenBy(g => g.Key.Status)
            .Select(g => $"{g.Key.Outcome}{(g.Key.Status is { } s ? $" {s}" : "")}: {g.Count()} ({string.Join(", ", g.GroupBy(r => r.Operation).Select(o => $"{o.Key} {o.Count()}"))})"));
}
