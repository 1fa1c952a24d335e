using System.Text;
using System.Text.Json.Nodes;
using Matchmaking.Testing;
using CommandLine = Matchmaking.Cli.Cli;

namespace Matchmaking.EndToEnd.Tests.Cli;

/// <summary>
/// <c>matchmaking import</c> while the real silo process is killed midway: it says how many rows were acknowledged
/// and which to resend, exits non-zero, and running the same file again against the restarted silo completes it
/// without writing twice what was stored (imports are upserts; equal rows come back unchanged).
/// </summary>
public sealed class CliInterruptedImportTests
{
    private const int Rows = 2000;
    private const int BatchSize = 10;

    [Fact]
    public async Task An_import_cut_by_a_killed_silo_reports_what_to_resend_and_a_rerun_completes_it()
    {
        using var folder = new TempDirectory("matchmaking-import-kill");
        await using var silo = await SiloProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__ConnectionString"] = $"Data Source={folder.Combine("silo.db")}",
            ["Demo__Enabled"] = "false",
        });
        var csv = folder.Combine("actors.csv");
        var text = new StringBuilder("id,kind,name,themes,province\n");
        for (var i = 0; i < Rows; i++)
        {
            text.Append($"imp-{i:D4},company,Azienda {i},industrial-iot,BS\n");
        }

        await File.WriteAllTextAsync(csv, text.ToString());

        // Kill the silo (SIGKILL) once some rows are stored and while the CLI is still sending.
        using var http = silo.CreateHttpClient();
        var import = Run(silo, "--json", "import", csv, "--batch-size", $"{BatchSize}");
        var storedAtKill = 0;
        while (!import.IsCompleted)
        {
            storedAtKill = await CountAsync(http);
            if (storedAtKill >= 100)
            {
                await silo.KillAsync();
                break;
            }

            await Task.Delay(20);
        }

        var first = await import;
        Assert.True(storedAtKill >= 100, $"the import ended before the silo was killed: {first.Output}");
        Assert.Equal(4, first.ExitCode);
        var error = Assert.Single(first.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: the import stopped after ", error, StringComparison.Ordinal);
        Assert.Contains("cannot reach the matchmaking silo", error, StringComparison.Ordinal);
        Assert.Contains("rows to resend (rows ", error, StringComparison.Ordinal);

        var outcome = JsonNode.Parse(first.Output)!;
        var stop = outcome["interruption"]!;
        var acknowledged = (int)stop["acknowledged"]!;
        var resend = stop["resend"]!.AsArray();
        Assert.Equal(Rows, (int)stop["total"]!);
        Assert.True(acknowledged >= 100 - BatchSize && acknowledged < Rows, $"acknowledged {acknowledged}");
        Assert.Equal(0, acknowledged % BatchSize);
        Assert.Equal(Rows - acknowledged, resend.Count);
        Assert.Equal(acknowledged, (int)outcome["created"]!);

        // The rows to resend are exactly those after the acknowledged ones, by line (header = line 1) and id.
        Assert.Equal(acknowledged + 2, (int)resend[0]!["row"]!);
        Assert.Equal($"imp-{acknowledged:D4}", (string?)resend[0]!["id"]);
        Assert.Equal(Rows + 1, (int)resend[^1]!["row"]!);
        Assert.Equal($"imp-{Rows - 1:D4}", (string?)resend[^1]!["id"]);

        // What was acknowledged is stored; at most the batch in flight was stored besides.
        await silo.StartAgainAsync();
        var storedAfterRestart = await CountAsync(http);
        Assert.InRange(storedAfterRestart, acknowledged, acknowledged + BatchSize);

        var rerun = await Run(silo, "--json", "import", csv, "--batch-size", "200");
        Assert.Equal(0, rerun.ExitCode);
        var second = JsonNode.Parse(rerun.Output)!;
        Assert.Null(second["interruption"]);
        Assert.Equal(Rows - storedAfterRestart, (int)second["created"]!);
        Assert.Equal(storedAfterRestart, (int)second["unchanged"]!);
        Assert.Equal(0, (int)second["updated"]!);
        Assert.Equal(0, (int)second["failed"]!);
        Assert.Equal(Rows, await CountAsync(http));

        // A third run changes nothing at all.
        var third = JsonNode.Parse((await Run(silo, "--json", "import", csv, "--batch-size", "500")).Output)!;
        Assert.Equal((0, Rows), ((int)third["created"]!, (int)third["unchanged"]!));
    }

    [Fact]
    public async Task An_import_to_a_silo_that_is_not_there_names_every_row_to_resend_in_text()
    {
        using var folder = new TempDirectory("matchmaking-import-none");
        var csv = folder.Combine("actors.csv");
        await File.WriteAllTextAsync(csv, "id,kind,name\nuno,company,Uno\ndue,company,\"Due\nsu due righe\"\ntre,startup,Tre\n");
        var dead = new Uri($"http://127.0.0.1:{SiloProcess.FreePort()}/");

        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await CommandLine.RunAsync(["--url", dead.ToString(), "import", csv], output, errors);

        Assert.Equal(4, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("created 0, updated 0, unchanged 0, failed 0", lines[0]);
        Assert.Equal("interrupted: 0 of 3 rows acknowledged; not acknowledged, to resend: 3", lines[1]);
        Assert.Equal(["resend row 2 (company/uno)", "resend row 3 (company/due)", "resend row 5 (startup/tre)"], lines[2..]);
        var error = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("3 rows to resend (rows 2-3, 5)", error, StringComparison.Ordinal);
    }

    private static async Task<int> CountAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync("api/companies?pageSize=1");
            return response.IsSuccessStatusCode ? (int)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["total"]! : 0;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> Run(SiloProcess silo, params string[] args)
    {
        await Task.Yield();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(["--url", silo.BaseAddress.ToString(), "--key", silo.AdminKey, .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
