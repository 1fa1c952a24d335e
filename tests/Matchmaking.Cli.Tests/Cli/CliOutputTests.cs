using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Cli.Tests.Fakes;

namespace Matchmaking.Cli.Tests.Cli;

/// <summary>What the CLI prints: no secret in help, whole values when not on a terminal, the CSV columns in <c>import --help</c>.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class CliOutputTests : FakeSiloTest
{
    private const string Secret = "qa-admin-key-do-not-print-0123456789";

    [Theory]
    [InlineData("--help")]
    [InlineData("import", "--help")]
    [InlineData("profiles", "list", "--help")]
    [InlineData("proposals", "accept", "-h")]
    public async Task Help_never_prints_the_api_key_or_url_taken_from_the_environment(params string[] args)
    {
        Environment.SetEnvironmentVariable("MATCHMAKING_KEY", Secret);
        Environment.SetEnvironmentVariable("MATCHMAKING_URL", "http://user:hunter2@127.0.0.1:1/");
        try
        {
            var run = await CliRun.RunAsync(args);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("--key", run.Out, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, run.Out + run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("qa-admin", run.Out + run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter2", run.Out + run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("MATCHMAKING_KEY", null);
            Environment.SetEnvironmentVariable("MATCHMAKING_URL", null);
        }
    }

    [Fact]
    public async Task The_key_from_the_environment_is_still_sent()
    {
        Environment.SetEnvironmentVariable("MATCHMAKING_KEY", Secret);
        try
        {
            var run = await CliRun.RunAsync("--url", Silo.Url.ToString(), "health");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains($"Bearer {Secret}", Silo.Authorizations);
            Assert.DoesNotContain(Secret, run.Out + run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("MATCHMAKING_KEY", null);
        }
    }

    [Fact]
    public async Task A_password_in_the_address_is_never_printed_in_an_error()
    {
        var dead = DeadUrl();
        Environment.SetEnvironmentVariable("MATCHMAKING_URL", $"http://hub:hunter2@127.0.0.1:{dead.Port}/");
        try
        {
            var run = await CliRun.RunAsync("themes", "list");

            Assert.Equal(4, run.ExitCode);
            Assert.Contains($"127.0.0.1:{dead.Port}", run.ErrorLine, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter2", run.Out + run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("MATCHMAKING_URL", null);
        }
    }

    [Fact]
    public async Task Import_help_documents_every_csv_column()
    {
        var run = await CliRun.RunAsync("import", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var column in Matchmaking.Cli.Import.CsvColumn.All)
        {
            Assert.Contains(column.Name, run.Out, StringComparison.Ordinal);
        }

        Assert.Contains("Company:    sectorCode, employees (whole number), isSme (yes/no)", run.Out, StringComparison.Ordinal);
        Assert.Contains("separated by ';' or '|'", run.Out, StringComparison.Ordinal);
        Assert.Contains("Required: id, name", run.Out, StringComparison.Ordinal);
        Assert.Contains("unchanged", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_root_help_keeps_one_line_per_command()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("sectorCode", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tables_sent_to_a_file_or_pipe_are_plain_and_never_cut()
    {
        var longId = "azienda-con-un-identificativo-molto-lungo-che-supera-ottanta-colonne-0123456789";
        var longName = "Officine Meccaniche di Precisione della Valle Trompia e della Franciacorta S.p.A.";
        Silo.Seed(ActorKind.Company, longId, new JsonObject
        {
            ["name"] = longName,
            ["themes"] = new JsonArray("cloud", "industrial-iot", "ai", "iot"),
            ["location"] = new JsonObject { ["province"] = "BS", ["municipality"] = "Gardone Val Trompia" },
        });

        var list = await CliRun.RunAsync("--url", Silo.Url.ToString(), "profiles", "list");
        var get = await CliRun.RunAsync("--url", Silo.Url.ToString(), "profiles", "get", "company", longId);

        Assert.Equal(0, list.ExitCode);
        var row = Assert.Single(list.Out.Split('\n'), l => l.Contains(longId, StringComparison.Ordinal));
        Assert.Contains(longName, row, StringComparison.Ordinal);
        Assert.Contains("cloud, industrial-iot, ai, iot", row, StringComparison.Ordinal);
        Assert.StartsWith("|", row.Trim(), StringComparison.Ordinal);
        Assert.True(row.Length > 80, $"the row was cut: {row}");
        Assert.DoesNotContain("…", list.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('╭', list.Out);
        Assert.DoesNotContain('│', list.Out);
        Assert.All(list.Out, c => Assert.True(c < 0x2500 || c > 0x257F, $"box-drawing character U+{(int)c:X4}"));
        Assert.Equal(0, get.ExitCode);
        Assert.Contains(longName, get.Out, StringComparison.Ordinal);
        Assert.Contains(longId, get.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("profiles", "list")]
    [InlineData("profiles", "get", "company", "acme")]
    [InlineData("themes", "list")]
    [InlineData("themes", "show", "cloud")]
    public async Task Listing_and_show_commands_print_one_json_document_with_json(params string[] args)
    {
        Silo.Seed(ActorKind.Company, "acme", new JsonObject { ["name"] = "Acme", ["themes"] = new JsonArray("cloud") });

        var run = await CliRun.RunAsync(["--url", Silo.Url.ToString(), "--json", .. args]);

        Assert.Equal(0, run.ExitCode);
        Assert.NotNull(JsonNode.Parse(run.Out));
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task An_api_error_is_one_clean_line_without_a_period_before_the_colon()
    {
        var run = await CliRun.RunAsync("--url", Silo.Url.ToString(), "profiles", "get", "company", "ghost");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^error: 404 [^.:]+: .+ \(GET /api/companies/ghost\)$", run.ErrorLine);
        Assert.DoesNotContain(".:", run.ErrorLine, StringComparison.Ordinal);
        Assert.DoesNotContain("failed with", run.ErrorLine, StringComparison.Ordinal);
    }
}
