using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using CommandLine = Matchmaking.Cli.Cli;

namespace Matchmaking.EndToEnd.Tests.Cli;

/// <summary><c>matchmaking propose</c>, <c>proposals …</c>, <c>calls …</c> and <c>themes gaps</c> against the real silo with the demo ecosystem.</summary>
[Collection(DemoSiloCollection.Name)]
public sealed class CliProposalsTests(DemoSiloFixture fixture)
{
    private readonly string url = fixture.Silo.BaseAddress.ToString();

    [Fact]
    public async Task Propose_prints_a_table_and_json_of_draft_proposals()
    {
        var coach = Documents.NewId("cli-coach");
        var table = await Run("propose", coach, "--theme", "predictive-maintenance", "--need", "manutenzione predittiva per presse", "--top", "2");
        var json = await Run("--json", "propose", coach, "--theme", "industrial-iot", "--require", "company,research", "--optional", "startup", "--lang", "en", "-n", "1");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains($"Proposals for coach {coach}", table.Output, StringComparison.Ordinal);
        Assert.Contains("research:", table.Output, StringComparison.Ordinal);
        Assert.Contains("draft proposals", table.Output, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        var item = JsonNode.Parse(json.Output)!["items"]![0]!;
        Assert.Equal((string?)item["draft"]!["titleEn"], (string?)item["title"]);
        var list = await Run("--json", "proposals", "list", coach, "--status", "draft");
        Assert.Equal(3, JsonNode.Parse(list.Output)!["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Proposals_go_through_their_life_from_the_command_line()
    {
        var coach = Documents.NewId("cli-coach");
        var proposed = await Run("--json", "propose", coach, "--anchor", "company/officine-bresciane-valvole", "--theme", "predictive-maintenance", "-n", "1");
        var proposal = JsonNode.Parse(proposed.Output)!["items"]![0]!;
        var id = (string)proposal["id"]!;
        var members = proposal["members"]!.AsArray().Select(m => $"{m!["kind"]}/{m["id"]}").ToList();

        var early = await Run("proposals", "accept", id, "--member", members[0]);
        var submit = await Run("proposals", "submit", id);
        var stranger = await Run("proposals", "accept", id, "--member", "startup/nessuna-startup-qui");
        var usage = await Run("proposals", "accept", id, "--member", "nessuna");
        var decisions = new List<(int ExitCode, string Output, string Error)>();
        foreach (var member in members)
        {
            decisions.Add(await Run("proposals", "accept", id, "--member", member, "--reason", "ok"));
        }

        var start = await Run("proposals", "start", id);
        var show = await Run("proposals", "show", id, "--lang", "en");
        var mine = await Run("--json", "proposals", "for", "company", "officine-bresciane-valvole");

        Assert.Equal(1, early.ExitCode);
        Assert.Contains("409", early.Error, StringComparison.Ordinal);
        Assert.Equal(0, submit.ExitCode);
        Assert.Contains($"{id} is proposed", submit.Output, StringComparison.Ordinal);
        Assert.Equal(1, stranger.ExitCode);
        Assert.Contains("403", stranger.Error, StringComparison.Ordinal);
        Assert.Equal(2, usage.ExitCode);
        Assert.All(decisions, d => Assert.Equal(0, d.ExitCode));
        Assert.Contains("the proposal is accepted", decisions[^1].Output, StringComparison.Ordinal);
        Assert.Contains($"{id} is started", start.Output, StringComparison.Ordinal);
        Assert.Contains("started", show.Output, StringComparison.Ordinal);
        Assert.Contains("accepted by", show.Output, StringComparison.Ordinal);
        Assert.Contains(JsonNode.Parse(mine.Output)!["items"]!.AsArray(), p => (string?)p!["id"] == id);
    }

    [Fact]
    public async Task Calls_are_listed_shown_written_and_matched_to_teams()
    {
        var id = Documents.NewId("cli-bando");
        var file = Path.Combine(Path.GetTempPath(), $"{id}.json");
        await File.WriteAllTextAsync(file, Api.CallsApiTests.CallJson("2026-01-01", "2030-12-31").ToJsonString());
        try
        {
            var put = await Run("calls", "put", id, "--file", file);
            var list = await Run("--json", "calls", "list", "--status", "open", "--theme", "predictive-maintenance");
            var show = await Run("calls", "show", id);
            var teams = await Run("--json", "calls", "proposals", id, "--top", "2");
            var closed = await Run("calls", "proposals", "bando-aster-2025");
            var deleted = await Run("calls", "delete", id);
            var gone = await Run("calls", "show", id);

            Assert.Equal(0, put.ExitCode);
            Assert.Contains($"created call {id}", put.Output, StringComparison.Ordinal);
            var listed = JsonNode.Parse(list.Output)!["items"]!.AsArray().Select(c => (string?)c!["id"]).ToList();
            Assert.Contains(id, listed);
            Assert.DoesNotContain("bando-aster-2025", listed);
            Assert.Contains("Camera di Commercio di Brescia", show.Output, StringComparison.Ordinal);
            Assert.Equal(0, teams.ExitCode);
            Assert.InRange(JsonNode.Parse(teams.Output)!["items"]!.AsArray().Count, 0, 2);
            Assert.Equal(1, closed.ExitCode);
            Assert.Contains("closed", closed.Error, StringComparison.Ordinal);
            Assert.Equal(0, deleted.ExitCode);
            Assert.Equal(1, gone.ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Themes_gaps_prints_a_theme_and_the_ranking()
    {
        var theme = await Run("themes", "gaps", "cybersecurity", "--province", "BS");
        var ranking = await Run("--json", "themes", "gaps", "--top", "3");
        var usage = await Run("propose", "some-coach");

        Assert.Equal(0, theme.ExitCode);
        Assert.Contains("By province", theme.Output, StringComparison.Ordinal);
        Assert.Equal(0, ranking.ExitCode);
        Assert.NotNull(JsonNode.Parse(ranking.Output)!["items"]);
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("--theme", usage.Error, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(["--url", url, "--key", fixture.Silo.AdminKey, .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
