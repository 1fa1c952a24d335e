using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Grains.Drafting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;
using static Matchmaking.Grains.Tests.Suggestions.SmallEcosystem;

namespace Matchmaking.Grains.Tests.Drafting;

/// <summary>
/// What goes over the wire now that the rewrite goes through Semantic Kernel's OpenAI connector, and that the OpenAI
/// SDK's own retries and time-outs do not stretch a failing rewrite past <see cref="DraftingOptions.Timeout"/>.
/// </summary>
public sealed class SemanticKernelChatTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DraftContext Context = new(
        new ProposalDraft("Manutenzione predittiva: Valvole e Rossi", "Predictive maintenance: Valvole and Rossi", "Obiettivo.", "Objective.", ProposalDraft.EngineSource),
        [new ProposalMember(Valvole.Kind, Valvole.Id, "Valvole Lumezzane", "company"), new ProposalMember(Rossi.Kind, Rossi.Id, "Prof. Anna Rossi", "research")],
        ["predictive-maintenance"],
        "manutenzione predittiva su macchine transfer",
        "it");

    private readonly Warnings log = new();

    private FakeChatServer server = null!;

    public async Task InitializeAsync() => server = await FakeChatServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task The_request_carries_the_model_the_system_prompt_and_the_proposal_as_json()
    {
        Assert.NotNull(await Rewriter().RewriteAsync(Context, default));

        var request = Assert.Single(server.Requests);
        output.WriteLine(request.ToJsonString());
        Assert.Equal("test-model", (string?)request["model"]);
        Assert.Equal(0.2, (double?)request["temperature"]);
        Assert.NotEqual(true, (bool?)request["stream"]);
        Assert.Null(request["tools"]);
        var messages = request["messages"]!.AsArray();
        Assert.Equal(["system", "user"], messages.Select(m => (string?)m!["role"]));
        Assert.Equal(ChatDraftRewriter.SystemPrompt, (string?)messages[0]!["content"]);
        var user = JsonNode.Parse((string)messages[1]!["content"]!)!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ChatDraftRewriter.UserMessage(Context)), user));
        Assert.Equal("it", (string?)user["lang"]);
        Assert.Equal("manutenzione predittiva su macchine transfer", (string?)user["need"]);
        Assert.Equal(["predictive-maintenance"], user["themes"]!.AsArray().Select(t => (string?)t));
        Assert.Equal(["company", "research"], user["members"]!.AsArray().Select(m => (string?)m!["role"]));
        Assert.Equal("Objective.", (string?)user["draft"]!["objectiveEn"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1")]
    [InlineData("v1/")]
    [InlineData("v1/chat/completions")]
    public async Task Each_form_of_the_endpoint_reaches_the_completions_address(string path)
    {
        var rewriter = new ChatDraftRewriter(
            new HttpClient(),
            new DraftingOptions { Endpoint = new Uri(server.BaseAddress, path).ToString(), Model = "test-model" },
            log);

        Assert.NotNull(await rewriter.RewriteAsync(Context, default));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Without_a_key_no_authorization_header_is_sent()
    {
        Assert.NotNull(await Rewriter().RewriteAsync(Context, default));

        Assert.Equal("", Assert.Single(server.Authorizations));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(429)]
    [InlineData(503)]
    public async Task An_error_status_falls_back_at_once_without_retries(int status)
    {
        server.FailWith = status;
        var clock = Stopwatch.StartNew();

        Assert.Null(await Rewriter(timeout: TimeSpan.FromSeconds(5)).RewriteAsync(Context, default));

        output.WriteLine($"status {status}: fell back in {clock.ElapsedMilliseconds} ms");
        Assert.Contains($"status {status}", Assert.Single(log.Logged), StringComparison.Ordinal);
        Assert.Single(server.Requests); // the OpenAI SDK's default policy would have retried 3 times, with back-off
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task A_server_slower_than_the_timeout_falls_back_at_the_timeout()
    {
        server.Delay = TimeSpan.FromSeconds(10);
        var clock = Stopwatch.StartNew();

        Assert.Null(await Rewriter(timeout: TimeSpan.FromSeconds(1)).RewriteAsync(Context, default));

        output.WriteLine($"slow server, 1 s timeout: fell back in {clock.ElapsedMilliseconds} ms");
        Assert.Contains("no answer within 1 s", Assert.Single(log.Logged), StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(3));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_refused_connection_falls_back()
    {
        var port = ClosedPort();
        var rewriter = new ChatDraftRewriter(
            new HttpClient(),
            new DraftingOptions { Endpoint = $"http://127.0.0.1:{port}/v1", Model = "test-model", Timeout = TimeSpan.FromSeconds(5) },
            log);
        var clock = Stopwatch.StartNew();

        Assert.Null(await rewriter.RewriteAsync(Context, default));

        output.WriteLine($"refused connection: fell back in {clock.ElapsedMilliseconds} ms");
        Assert.Single(log.Logged);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{clock.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData("text/html", "<html>bad gateway</html>")]
    [InlineData("application/json", "{}")]
    [InlineData("application/json", """{"choices":[]}""")]
    [InlineData("application/json", """{"choices":[{"index":0,"message":{"role":"assistant"},"finish_reason":"stop"}]}""")]
    [InlineData("application/json", """{"choices":[{"index":0,"message":{"role":"assistant","content":42},"finish_reason":"stop"}]}""")]
    [InlineData("application/json", "[1, 2")]
    public async Task A_success_status_with_a_body_that_is_not_a_chat_completion_falls_back(string mediaType, string body)
    {
        using var http = new HttpClient(new Answering(mediaType, body));
        var rewriter = new ChatDraftRewriter(
            http,
            new DraftingOptions { Endpoint = "http://127.0.0.1:9/v1", Model = "test-model", Timeout = TimeSpan.FromSeconds(5) },
            log);

        Assert.Null(await rewriter.RewriteAsync(Context, default));
        Assert.Single(log.Logged);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_swallowed()
    {
        server.Delay = TimeSpan.FromSeconds(10);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Rewriter().RewriteAsync(Context, cancel.Token));
    }

    /// <summary>Answers every request with 200 and the given body, without a server.</summary>
    private sealed class Answering(string mediaType, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, System.Text.Encoding.UTF8, mediaType) });
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private ChatDraftRewriter Rewriter(TimeSpan? timeout = null) => new(
        new HttpClient(),
        new DraftingOptions { Endpoint = server.BaseAddress.ToString(), Model = "test-model", Timeout = timeout ?? TimeSpan.FromSeconds(5) },
        log);

    /// <summary>Keeps the warnings the rewriter logs.</summary>
    private sealed class Warnings : ILogger<ChatDraftRewriter>
    {
        public ConcurrentQueue<string> Logged { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (logLevel == LogLevel.Warning)
            {
                Logged.Enqueue(formatter(state, exception));
            }
        }
    }
}
