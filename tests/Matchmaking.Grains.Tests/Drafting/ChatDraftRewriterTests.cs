using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Coaches;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Grains.Drafting;
using Matchmaking.Grains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static Matchmaking.Grains.Tests.Suggestions.SmallEcosystem;

namespace Matchmaking.Grains.Tests.Drafting;

/// <summary>
/// The optional chat connector, against a local OpenAI-compatible server over real HTTP on loopback: it sends the
/// model and the draft, takes the rewrite, and keeps the engine's draft when the endpoint fails or is too slow.
/// </summary>
public sealed class ChatDraftRewriterTests : IAsyncLifetime
{
    private static readonly DraftContext Context = new(
        new ProposalDraft("Manutenzione predittiva: Valvole e Rossi", "Predictive maintenance: Valvole and Rossi", "Obiettivo.", "Objective.", ProposalDraft.EngineSource),
        [new ProposalMember(Valvole.Kind, Valvole.Id, "Valvole Lumezzane", "company"), new ProposalMember(Rossi.Kind, Rossi.Id, "Prof. Anna Rossi", "research")],
        ["predictive-maintenance"],
        "manutenzione predittiva su macchine transfer",
        "it");

    private FakeChatServer server = null!;

    public async Task InitializeAsync() => server = await FakeChatServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task It_sends_the_model_and_the_draft_and_takes_the_rewrite()
    {
        var draft = await Rewriter(apiKey: "sk-test").RewriteAsync(Context, default);

        Assert.Equal(new ProposalDraft("Titolo riscritto", "Rewritten title", "Obiettivo riscritto.", "Rewritten objective.", ProposalDraft.ModelSource), draft);
        var request = Assert.Single(server.Requests);
        Assert.Equal("test-model", (string?)request["model"]);
        var messages = request["messages"]!.AsArray();
        Assert.Equal(["system", "user"], messages.Select(m => (string?)m!["role"]));
        Assert.Contains("JSON", (string?)messages[0]!["content"], StringComparison.Ordinal);
        var user = JsonNode.Parse((string)messages[1]!["content"]!)!;
        Assert.Equal("Manutenzione predittiva: Valvole e Rossi", (string?)user["draft"]!["titleIt"]);
        Assert.Equal(["Valvole Lumezzane", "Prof. Anna Rossi"], user["members"]!.AsArray().Select(m => (string?)m!["name"]));
        Assert.Equal("Bearer sk-test", Assert.Single(server.Authorizations));
    }

    [Fact]
    public async Task An_error_status_keeps_the_engines_draft()
    {
        server.FailWith = 500;

        Assert.Null(await Rewriter().RewriteAsync(Context, default));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_slow_endpoint_keeps_the_engines_draft_within_the_timeout()
    {
        server.Delay = TimeSpan.FromSeconds(10);
        var started = DateTimeOffset.UtcNow;

        Assert.Null(await Rewriter(timeout: TimeSpan.FromMilliseconds(300)).RewriteAsync(Context, default));
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("Sure! Here is a better title.")]
    [InlineData("""{"titleIt":"Solo italiano"}""")]
    [InlineData("""{"titleIt":"","titleEn":"x","objectiveIt":"y","objectiveEn":"z"}""")]
    public async Task An_answer_that_is_not_the_draft_keeps_the_engines_draft(string reply)
    {
        server.Reply = reply;

        Assert.Null(await Rewriter().RewriteAsync(Context, default));
    }

    [Fact]
    public void A_fenced_answer_is_read()
    {
        var draft = ChatDraftRewriter.Parse("```json\n{\"titleIt\":\"A\",\"titleEn\":\"B\",\"objectiveIt\":\"C\",\"objectiveEn\":\"D\"}\n```");

        Assert.Equal(new ProposalDraft("A", "B", "C", "D", ProposalDraft.ModelSource), draft);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080", "http://127.0.0.1:8080/v1/chat/completions")]
    [InlineData("https://api.example.com/v1/", "https://api.example.com/v1/chat/completions")]
    [InlineData("http://h/openai/v1/chat/completions", "http://h/openai/v1/chat/completions")]
    public void The_endpoint_is_a_base_address_or_the_full_completions_address(string endpoint, string expected) =>
        Assert.Equal(new Uri(expected), new DraftingOptions { Endpoint = endpoint, Model = "m" }.CompletionsUri());

    [Fact]
    public async Task Proposals_carry_the_rewrite_when_the_connector_is_on_and_the_engines_draft_when_it_fails()
    {
        var options = new DraftingOptions { Endpoint = server.BaseAddress.ToString(), Model = "test-model", Timeout = TimeSpan.FromSeconds(5) };
        await using var host = new GrainHost(services => services.AddProjectDrafting(options));
        await host.StartAsync();
        await WriteAsync(host.Grains);
        var coach = host.Grains.GetGrain<ICoachGrain>("tutor");
        var brief = new ProjectBrief { Themes = ["predictive-maintenance"], Top = 1 };

        var rewritten = Assert.Single(await coach.ProposeAsync(brief));
        server.FailWith = 503;
        var kept = Assert.Single(await coach.ProposeAsync(brief));

        Assert.Equal(ProposalDraft.ModelSource, rewritten.Draft.Source);
        Assert.Equal("Titolo riscritto", rewritten.Title);
        Assert.Equal(ProposalDraft.EngineSource, kept.Draft.Source);
        Assert.NotEqual("Titolo riscritto", kept.Title);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public void The_connector_is_off_by_default()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddMatchmakingGrains();
        services.AddProjectDrafting(new DraftingOptions());

        Assert.Single(services, d => d.ServiceType == typeof(IDraftRewriter) && d.ImplementationType == typeof(NoDraftRewriter));
    }

    private ChatDraftRewriter Rewriter(string? apiKey = null, TimeSpan? timeout = null) => new(
        new HttpClient(),
        new DraftingOptions { Endpoint = server.BaseAddress.ToString(), Model = "test-model", ApiKey = apiKey, Timeout = timeout ?? TimeSpan.FromSeconds(5) },
        NullLogger<ChatDraftRewriter>.Instance);
}
