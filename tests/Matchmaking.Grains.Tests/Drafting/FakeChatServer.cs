using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Matchmaking.Grains.Tests.Drafting;

/// <summary>
/// A local server speaking the OpenAI chat completions protocol on loopback (<c>POST /v1/chat/completions</c>):
/// records each request body and answers with <see cref="Reply"/>, an error status, or after a delay.
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication app;

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
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> AnswerAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue((await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken))!.AsObject());
        Authorizations.Enqueue(request.Headers.Authorization.ToString());
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
            choices = new[] { new { index = 0, message = new { role = "assistant", content = Reply }, finish_reason = "stop" } },
        });
    }
}
