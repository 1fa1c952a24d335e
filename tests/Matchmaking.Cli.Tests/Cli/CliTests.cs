using System.Text;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Cli.Tests.Fakes;

namespace Matchmaking.Cli.Tests.Cli;

[Collection(EnvironmentCollection.Name)]
public sealed class CliTests : FakeSiloTest, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("matchmaking-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<CliRun> Run(params string[] args) => CliRun.RunAsync(["--url", Silo.Url.ToString(), .. args]);

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, Encoding.UTF8);
        return path;
    }

    [Fact]
    public async Task Put_then_get_with_json_prints_the_stored_document()
    {
        var file = WriteFile("acme.json", """{"name":"Acme S.r.l.","themes":["cloud"],"location":{"municipality":"Forlì"}}""");

        var put = await Run("profiles", "put", "companies", "acme", "--file", file);
        var get = await Run("--json", "profiles", "get", "company", "acme");

        Assert.Equal(0, put.ExitCode);
        Assert.Contains("created company acme", put.Out, StringComparison.Ordinal);
        Assert.Equal(0, get.ExitCode);
        var document = JsonNode.Parse(get.Out)!;
        Assert.Equal("Acme S.r.l.", document["name"]!.GetValue<string>());
        Assert.Equal("Forlì", document["location"]!["municipality"]!.GetValue<string>());
        Assert.Contains("\"Forlì\"", get.Out, StringComparison.Ordinal);
        Assert.Empty(get.Error);
    }

    [Fact]
    public async Task Get_without_json_prints_a_table_of_the_key_fields()
    {
        Silo.Seed(ActorKind.Researcher, "rossi", new JsonObject { ["name"] = "Maria Rossi", ["themes"] = new JsonArray("ai", "iot"), ["lab"] = "[Vision] Lab" });

        var get = await Run("profiles", "get", "researcher", "rossi");

        Assert.Equal(0, get.ExitCode);
        Assert.Contains("Maria Rossi", get.Out, StringComparison.Ordinal);
        Assert.Contains("ai, iot", get.Out, StringComparison.Ordinal);
        Assert.Contains("[Vision] Lab", get.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_reads_the_document_from_standard_input()
    {
        var put = await CliRun.RunWithInputAsync("""{"name":"Nova"}""", "--url", Silo.Url.ToString(), "--json", "profiles", "put", "startup", "nova", "--file", "-");

        Assert.Equal(0, put.ExitCode);
        Assert.Equal("startup", JsonNode.Parse(put.Out)!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_refused_put_exits_1_with_one_line_naming_the_field_errors()
    {
        var file = WriteFile("bad.json", """{"description":"no name"}""");

        var put = await Run("profiles", "put", "company", "acme", "--file", file);

        Assert.Equal(1, put.ExitCode);
        Assert.StartsWith("error: ", put.ErrorLine, StringComparison.Ordinal);
        Assert.Contains("name: The name is required.", put.ErrorLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_json_exits_2_before_anything_is_sent()
    {
        var file = WriteFile("bad.json", "{name: oops");

        var put = await Run("profiles", "put", "company", "acme", "--file", file);

        Assert.Equal(2, put.ExitCode);
        Assert.Contains("not valid JSON", put.ErrorLine, StringComparison.Ordinal);
        Assert.DoesNotContain(Silo.Requests, r => r.StartsWith("PUT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_file_exits_2()
    {
        var put = await Run("profiles", "put", "company", "acme", "--file", Path.Combine(_folder, "nowhere.json"));

        Assert.Equal(2, put.ExitCode);
        Assert.Contains("nowhere.json", put.ErrorLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_profile_exits_1_with_one_line()
    {
        var get = await Run("profiles", "get", "company", "ghost");

        Assert.Equal(1, get.ExitCode);
        Assert.Contains("404", get.ErrorLine, StringComparison.Ordinal);
        Assert.Empty(get.Out);
    }

    [Theory]
    [InlineData("profiles", "get", "widget", "x")]
    [InlineData("profiles", "frobnicate")]
    [InlineData("profiles")]
    [InlineData("profiles", "put", "company", "acme")]
    [InlineData("import", "data.csv", "--batch-size", "lots")]
    [InlineData("import", "data.csv", "--format", "xml")]
    public async Task Parse_errors_exit_2_with_one_error_line(params string[] args)
    {
        var run = await Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.ErrorLine, StringComparison.Ordinal);
        Assert.Empty(Silo.Requests);
    }

    [Fact]
    public async Task Help_exits_0_and_lists_the_commands()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("profiles", run.Out, StringComparison.Ordinal);
        Assert.Contains("import", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_silo_exits_4_naming_the_url()
    {
        var url = DeadUrl();

        var run = await CliRun.RunAsync("--url", url.ToString(), "themes", "list");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains(url.ToString(), run.ErrorLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_that_is_not_http_exits_2()
    {
        var run = await CliRun.RunAsync("--url", "ftp://example", "health");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--url", run.ErrorLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_url_comes_from_MATCHMAKING_URL_when_not_given()
    {
        Environment.SetEnvironmentVariable("MATCHMAKING_URL", Silo.Url.ToString());
        try
        {
            var run = await CliRun.RunAsync("health");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("healthy", run.Out.Trim());
        }
        finally
        {
            Environment.SetEnvironmentVariable("MATCHMAKING_URL", null);
        }
    }

    [Fact]
    public async Task List_prints_a_table_or_the_apis_json()
    {
        Silo.Seed(ActorKind.Company, "acme", new JsonObject { ["name"] = "Acme", ["location"] = new JsonObject { ["province"] = "BS" } });
        Silo.Seed(ActorKind.Startup, "nova", new JsonObject { ["name"] = "Nova" });

        var table = await Run("profiles", "list", "--kind", "companies");
        var json = await Run("--json", "profiles", "list", "-q", "nova", "--page-size", "5");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Acme", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Nova", table.Out, StringComparison.Ordinal);
        Assert.Contains("1 profiles in all", table.Out, StringComparison.Ordinal);
        var page = JsonNode.Parse(json.Out)!;
        Assert.Equal(1, page["total"]!.GetValue<int>());
        Assert.Equal("startup", page["items"]![0]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_page_size_out_of_range_exits_2_without_asking_the_silo()
    {
        var run = await Run("profiles", "list", "--page-size", "500");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(Silo.Requests);
    }

    [Fact]
    public async Task Delete_exits_0_then_1_when_gone()
    {
        Silo.Seed(ActorKind.Company, "acme", new JsonObject { ["name"] = "Acme" });

        var first = await Run("profiles", "delete", "company", "acme");
        var second = await Run("profiles", "delete", "company", "acme");

        Assert.Equal((0, 1), (first.ExitCode, second.ExitCode));
        Assert.Contains("deleted company acme", first.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Themes_show_prints_offerers_and_seekers_tables_and_unknown_exits_1()
    {
        Silo.Seed(ActorKind.Company, "acme", new JsonObject { ["name"] = "Acme", ["themes"] = new JsonArray("iot") });

        var list = await Run("themes", "list");
        var show = await Run("themes", "show", "iot");
        var missing = await Run("themes", "show", "warp-drive");

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("industrial-iot", list.Out, StringComparison.Ordinal);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("Offerers (1)", show.Out, StringComparison.Ordinal);
        Assert.Contains("Seekers (0)", show.Out, StringComparison.Ordinal);
        Assert.Contains("acme", show.Out, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
    }

    [Fact]
    public async Task Themes_list_with_json_keeps_fields_the_client_does_not_model()
    {
        var run = await Run("--json", "themes", "list");

        Assert.Equal(0, run.ExitCode);
        var first = JsonNode.Parse(run.Out)!["items"]![0]!;
        Assert.Equal("csmt", first["hubs"]![0]!.GetValue<string>());
        Assert.Equal(0, first["offerers"]!.GetValue<int>());
    }

    [Fact]
    public async Task Import_of_450_csv_rows_sends_3_batches_and_reports_failures_by_line_across_batches()
    {
        var csv = new StringBuilder("id,kind,name,themes,employees\n");
        for (var i = 0; i < 450; i++)
        {
            // Row 10 fails locally, rows 250 and 420 are refused by the silo (unknown theme, missing name).
            var themes = i == 250 ? "warp-drive" : "cloud";
            var employees = i == 10 ? "many" : $"{i}";
            var name = i == 420 ? "" : $"Azienda {i}";
            csv.Append($"c{i},company,{name},{themes},{employees}\n");
        }

        var run = await Run("import", WriteFile("companies.csv", csv.ToString()), "--batch-size", "200");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal([200, 200, 49], Silo.ImportBatches);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("created 447, updated 0, unchanged 0, failed 3", lines[0]);
        Assert.Equal("row 12 (c10): employees: 'many' is not a whole number", lines[1]);
        Assert.Equal("row 252 (c250): themes[0]: Unknown theme 'warp-drive'.", lines[2]);
        Assert.Equal("row 422 (c420): name: The name is required.", lines[3]);
        Assert.Equal(447, Silo.ProfileCount);
    }

    [Fact]
    public async Task Import_with_json_prints_one_document_with_row_numbers()
    {
        var file = WriteFile("demo.json", """
            {"companies":[{"id":"acme","name":"Acme"}],"researchers":[{"id":"rossi","name":"Maria Rossi","themes":["nope"]}]}
            """);

        var run = await Run("--json", "import", file);

        Assert.Equal(3, run.ExitCode);
        var outcome = JsonNode.Parse(run.Out)!;
        Assert.Equal(1, outcome["created"]!.GetValue<int>());
        Assert.Equal(1, outcome["failed"]!.GetValue<int>());
        Assert.Equal(2, outcome["errors"]![0]!["row"]!.GetValue<int>());
        Assert.Equal("rossi", outcome["errors"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Import_with_unknown_columns_exits_2_and_sends_nothing()
    {
        var run = await Run("import", WriteFile("bad.csv", "id,kind,name,fatturato\nacme,company,Acme,1M\n"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'fatturato'", run.ErrorLine, StringComparison.Ordinal);
        Assert.Empty(Silo.ImportBatches);
    }

    [Fact]
    public async Task Import_of_a_file_with_an_unknown_extension_needs_a_format()
    {
        var path = WriteFile("profiles.txt", "id,name\nnova,Nova\n");

        var guess = await Run("import", path, "--kind", "startup");
        var told = await Run("import", path, "--kind", "startup", "--format", "csv");

        Assert.Equal(2, guess.ExitCode);
        Assert.Contains("--format", guess.ErrorLine, StringComparison.Ordinal);
        Assert.Equal(0, told.ExitCode);
        Assert.Contains("created 1,", told.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_what_import_reads_back_unchanged()
    {
        Silo.Seed(ActorKind.Company, "acme", new JsonObject { ["name"] = "Acme", ["employees"] = 12 });
        Silo.Seed(ActorKind.Startup, "nova", new JsonObject { ["name"] = "Nova" });
        var path = Path.Combine(_folder, "export.json");

        var toStdout = await Run("export", "--kind", "startup");
        var toFile = await Run("export", "--out", path);
        var reimport = await Run("import", path);

        Assert.Equal(0, toStdout.ExitCode);
        Assert.Equal("nova", Assert.Single(JsonNode.Parse(toStdout.Out)!["items"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(0, toFile.ExitCode);
        Assert.Contains("exported 2 profiles", toFile.Out, StringComparison.Ordinal);
        Assert.Equal(0, reimport.ExitCode);
        Assert.Contains("created 0, updated 0, unchanged 2, failed 0", reimport.Out, StringComparison.Ordinal);
    }
}
