using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Matchmaking.Grains.Tests.Drafting;

/// <summary>
/// A local server speaking the OpenAI chat completions protocol on loopback (<c>POST /v1/chat/completions</c>):
/// records each request body and answers with <see cref="Reply"/>, an error status, after a delay, or when a test
/// releases it (<see cref="HoldNext"/>).
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ChatHold> holds = new();
    private readonly ConcurrentQueue<ChatHold> made = new();

    private FakeChatServer(WebApplication app) => this.app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The request bodies received, in order.</summary>
    public ConcurrentQueue<JsonObject> Requests { get; } = new();

    /// <summary>The <c>Authorization</c> headers received.</summary>
    public ConcurrentQueue<string> Authorizations { get; } = new();

    /// <summary>The assistant message content to answer with.</summary>
    public string Reply { get; set; } = """{"titleIt":"Titolo riscritto","titleEn":"Rewritten title","objectiveIt":"Obiettivo riscritto.","objectiveEn":"Rewritten objective."}""";

    /// <summary>When set, every request is answered with this status.</summary>
    public int? FailWith { get; set; }

    /// <summary>How long to wait before answering.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>
    /// Holds the next request that arrives (each call holds one more, in order of arrival): it is recorded and
    /// <see cref="ChatHold.Arrived"/> completes, and it is answered only once <see cref="ChatHold.Release"/> is called,
    /// with <paramref name="reply"/> (or <see cref="Reply"/>). A request the client gave up on is not answered.
    /// </summary>
    public ChatHold HoldNext(string? reply = null)
    {
        var hold = new ChatHold(reply);
        made.Enqueue(hold);
        holds.Enqueue(hold);
        return hold;
    }

    public static async Task<FakeChatServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FakeChatServer(builder.Build());
        server.app.MapPost("/v1/chat/completions", server.AnswerAsync);
        await server.app.StartAsync();
        server.BaseAddress = new Uri(server.app.Urls.First());
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hold in made)
        {
            hold.Release();
        }

        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> AnswerAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue((await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken))!.AsObject());
        Authorizations.Enqueue(request.Headers.Authorization.ToString());
        var reply = Reply;
        if (holds.TryDequeue(out var hold))
        {
            hold.Arrive();
            await hold.Released.WaitAsync(cancellationToken);
            reply = hold.Reply ?? reply;
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        if (FailWith is { } status)
        {
            return Results.Json(new { error = new { message = "the model is overloaded" } }, statusCode: status);
        }

        return Results.Json(new
        {
            id = "chatcmpl-1",
            @object = "chat.completion",
            choices = new[] { new { index = 0, message = new { role = "assistant", content = reply }, finish_reason = "stop" } },
        });
    }
}

/// <summary>One request the <see cref="FakeChatServer"/> keeps waiting until the test releases it.</summary>
public sealed class ChatHold(string? reply)
{
    private readonly TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The assistant message content to answer with once released (null: the server's <c>Reply</c>).</summary>
    public string? Reply { get; } = reply;

    /// <summary>Completes when the held request has reached the server.</summary>
    public Task Arrived => arrived.Task;

    /// <summary>Whether <see cref="Release"/> has been called.</summary>
    public bool IsReleased => released.Task.IsCompleted;

    internal Task Released => released.Task;

    /// <summary>Lets the held request be answered.</summary>
    public void Release() => released.TrySetResult();

    internal void Arrive() => arrived.TrySetResult();
}
