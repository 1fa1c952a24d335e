using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Client;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using CommandLine = Matchmaking.Cli.Cli;

namespace Matchmaking.EndToEnd.Tests.Cli;

/// <summary><c>matchmaking suggest</c> and <c>matchmaking feedback</c> against the real silo with the demo ecosystem.</summary>
[Collection(DemoSiloCollection.Name)]
public sealed class CliSuggestTests(DemoSiloFixture fixture)
{
    private readonly string url = fixture.Silo.BaseAddress.ToString();

    [Fact]
    public async Task Suggest_prints_a_table_with_scores_and_reasons()
    {
        var run = await Run("suggest", "company", "officine-bresciane-valvole", "--target", "researcher", "--top", "5");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Suggestions for company/officine-bresciane-valvole", run.Output, StringComparison.Ordinal);
        Assert.Contains("Score", run.Output, StringComparison.Ordinal);
        Assert.Contains("Prof.", run.Output, StringComparison.Ordinal);
        Assert.Contains("(needs +0.", run.Output, StringComparison.Ordinal);
        Assert.Contains("5 suggestions", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Suggest_with_json_prints_the_api_answer()
    {
        var run = await Run("--json", "suggest", "companies", "officine-bresciane-valvole", "-t", "startup,researcher", "-n", "4", "--province", "BS");

        Assert.Equal(0, run.ExitCode);
        var items = JsonNode.Parse(run.Output)!["items"]!.AsArray();
        Assert.Equal(4, items.Count);
        Assert.All(items, i => Assert.NotEqual("company", (string?)i!["kind"]));
        Assert.All(items, i => Assert.NotEmpty(i!["reasons"]!.AsArray()));
        Assert.Equal(["id", "kind", "name", "reasons", "score"], items[0]!.AsObject().Select(p => p.Key).Order());
    }

    [Fact]
    public async Task Suggest_for_a_brief_needs_no_profile()
    {
        var run = await Run("--json", "suggest", "--brief", "sensori di vibrazione per la manutenzione predittiva", "--top", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, JsonNode.Parse(run.Output)!["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Suggest_reports_bad_filters_and_unknown_actors_in_one_line()
    {
        var theme = await Run("suggest", "company", "officine-bresciane-valvole", "--theme", "teleportation");
        var unknown = await Run("suggest", "startup", "nessuna-startup");
        var usage = await Run("suggest", "company", "officine-bresciane-valvole", "--top", "0");

        Assert.Equal(1, theme.ExitCode);
        Assert.Contains("predictive-maintenance", theme.Error, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("nessuna-startup", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, usage.ExitCode);
        Assert.All(new[] { theme, unknown, usage }, r => Assert.Single(r.Error.Trim().Split('\n')));
    }

    [Fact]
    public async Task Feedback_accept_then_decline_is_recorded_on_the_silo()
    {
        var company = Documents.NewId("cli-officine");
        var researcher = Documents.NewId("cli-ricercatrice");
        using var http = fixture.Silo.CreateHttpClient();
        var client = new MatchmakingClient(http);
        await client.PutDocumentAsync(ActorKind.Company, company, Documents.Company());
        await client.PutDocumentAsync(ActorKind.Researcher, researcher, Documents.Researcher());

        var accept = await Run("feedback", "company", company, "--target", $"researcher/{researcher}", "--accept");
        var decline = await Run("--json", "feedback", "company", company, "--target", "startup/vibrasense", "--decline", "--reason", "fuori budget");

        Assert.Equal(0, accept.ExitCode);
        Assert.Contains("now collaborators on both sides", accept.Output, StringComparison.Ordinal);
        Assert.Equal(0, decline.ExitCode);
        Assert.Equal("fuori budget", (string?)JsonNode.Parse(decline.Output)!["reason"]);
        var theirs = await client.GetRelationsAsync(ActorKind.Researcher, researcher);
        Assert.Equal(new ActorRef(ActorKind.Company, company), Assert.Single(theirs.Collaborations).Partner);
        var mine = await client.GetRelationsAsync(ActorKind.Company, company);
        Assert.Equal(new ActorRef(ActorKind.Startup, "vibrasense"), Assert.Single(mine.Declined).Actor);
        var suggestions = await client.GetSuggestionsAsync(ActorKind.Company, company, new SuggestionOptions([ActorKind.Startup], Top: 100));
        Assert.DoesNotContain(suggestions.Items, i => i.Id == "vibrasense");
    }

    [Fact]
    public async Task Feedback_usage_errors_exit_2_before_anything_is_sent()
    {
        var both = await Run("feedback", "company", "officine-bresciane-valvole", "--target", "startup/vibrasense", "--accept", "--decline");
        var neither = await Run("feedback", "company", "officine-bresciane-valvole", "--target", "startup/vibrasense");
        var badTarget = await Run("feedback", "company", "officine-bresciane-valvole", "--target", "vibrasense", "--accept");

        Assert.Equal([2, 2, 2], new[] { both.ExitCode, neither.ExitCode, badTarget.ExitCode });
        Assert.Contains("kind/id", badTarget.Error, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(["--url", url, "--key", fixture.Silo.AdminKey, .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
