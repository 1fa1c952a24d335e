using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using Matchmaking.Testing;
using CommandLine = Matchmaking.Cli.Cli;

namespace Matchmaking.EndToEnd.Tests.Cli;

/// <summary>The matchmaking CLI against the real silo over HTTP: import with a bad row, list, get, delete.</summary>
public sealed class CliAgainstSiloTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    private readonly string url = fixture.Silo.BaseAddress.ToString();

    [Fact]
    public async Task Import_with_a_bad_row_then_list_get_and_delete()
    {
        using var folder = new TempDirectory();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var csv = folder.Combine("actors.csv");
        await File.WriteAllTextAsync(csv, string.Join('\n',
            "id,kind,name,description,themes,offers,needs,municipality,province,region,country,employees",
            $"cli-valvole-{tag},company,Valvole {tag},\"Valvole a sfera, ottone\",industrial-iot;predictive-maintenance,valvole,manutenzione predittiva,Lumezzane,BS,Lombardia,IT,120",
            $"cli-visione-{tag},startup,Visione {tag},Computer vision per difetti,computer-vision,ispezione visiva,clienti pilota,Cremona,CR,Lombardia,IT,",
            $"cli-bad-{tag},company,Sbagliata {tag},Tema inesistente,teletrasporto,,,Brescia,BS,Lombardia,IT,10",
            $"cli-rossi-{tag},researcher,Prof. Rossi {tag},Predictive maintenance,predictive-maintenance,predictive maintenance,,Brescia,BS,Lombardia,IT,"));

        var import = await Run("import", csv);
        Assert.Equal(3, import.ExitCode);
        Assert.Contains("row 4", import.Error + import.Output);
        Assert.Contains("themes", import.Error + import.Output);

        var again = await Run("--json", "import", csv);
        Assert.Equal(3, again.ExitCode);
        var summary = JsonNode.Parse(again.Output)!;
        Assert.Equal(3, (int?)summary["unchanged"]);
        Assert.Equal(0, (int?)summary["created"]);

        var list = await Run("--json", "profiles", "list", "-q", tag);
        Assert.Equal(0, list.ExitCode);
        Assert.Equal(3, (int?)JsonNode.Parse(list.Output)!["total"]);

        var get = await Run("--json", "profiles", "get", "company", $"cli-valvole-{tag}");
        Assert.Equal(0, get.ExitCode);
        var document = JsonNode.Parse(get.Output)!;
        Assert.Equal($"Valvole {tag}", (string?)document["name"]);
        Assert.Equal(120, (int?)document["employees"]);

        var delete = await Run("profiles", "delete", "company", $"cli-valvole-{tag}");
        Assert.Equal(0, delete.ExitCode);
        var gone = await Run("profiles", "get", "company", $"cli-valvole-{tag}");
        Assert.Equal(1, gone.ExitCode);
        Assert.Single(gone.Error.Trim().Split('\n'));
        Assert.StartsWith("error:", gone.Error);
    }

    [Fact]
    public async Task Export_then_import_into_the_same_silo_changes_nothing()
    {
        using var folder = new TempDirectory();
        var file = folder.Combine("export.json");
        Assert.Equal(0, (await Run("export", "--out", file)).ExitCode);
        var reimport = await Run("--json", "import", file);
        Assert.Equal(0, reimport.ExitCode);
        Assert.Equal(0, (int?)JsonNode.Parse(reimport.Output)!["created"]);
        Assert.Equal(0, (int?)JsonNode.Parse(reimport.Output)!["updated"]);
    }

    [Theory]
    [InlineData("123")]
    [InlineData("-1")]
    [InlineData("\"1\"")]
    public async Task Profiles_put_with_a_number_for_visibility_is_refused_and_stores_nothing(string visibility)
    {
        using var folder = new TempDirectory();
        var file = folder.Combine("vis.json");
        var id = Documents.NewId("cli-vis");
        await File.WriteAllTextAsync(file, $$"""{"name":"Vis","themes":["industrial-iot"],"visibility":{{visibility}}}""");

        var put = await Run("profiles", "put", "company", id, "--file", file);
        Assert.Equal(1, put.ExitCode);
        Assert.Contains("visibility", put.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await Run("profiles", "get", "company", id)).ExitCode);
        Assert.Equal(0, (await Run("export")).ExitCode);
    }

    [Fact]
    public async Task An_unreachable_silo_is_one_line_and_exit_code_4()
    {
        using var writer = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(["--url", "http://127.0.0.1:1", "profiles", "list"], writer, error);
        Assert.Equal(4, code);
        Assert.Single(error.ToString().Trim().Split('\n'));
    }

    [Fact]
    public async Task The_cli_process_with_its_output_redirected_prints_plain_whole_rows_and_no_key()
    {
        var tag = Guid.NewGuid().ToString("N");
        var id = $"cli-redirected-{tag}";
        var name = $"Consorzio per l'Innovazione Digitale delle Imprese Manifatturiere della Provincia di Cremona {tag}";
        var document = Documents.Company(name);
        using (var put = await fixture.Http.PutAsync($"api/companies/{id}", Documents.Json(document.ToJsonString())))
        {
            put.EnsureSuccessStatusCode();
        }

        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "matchmaking.dll"), "profiles", "list", "-q", tag })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["MATCHMAKING_URL"] = url;
        start.Environment["MATCHMAKING_KEY"] = fixture.Silo.AdminKey;
        start.Environment["COLUMNS"] = "40";
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Empty(error);
        var row = Assert.Single(output.Split('\n'), l => l.Contains(id, StringComparison.Ordinal));
        Assert.Contains(name, row, StringComparison.Ordinal);
        Assert.Contains("| Lumezzane", row, StringComparison.Ordinal);
        Assert.DoesNotContain('│', output);
        Assert.DoesNotContain(fixture.Silo.AdminKey, output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(["--url", url, "--key", fixture.Silo.AdminKey, .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
