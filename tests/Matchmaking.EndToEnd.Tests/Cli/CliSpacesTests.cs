using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Api;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using Matchmaking.Testing;
using CommandLine = Matchmaking.Cli.Cli;

namespace Matchmaking.EndToEnd.Tests.Cli;

/// <summary>The CLI's <c>spaces …</c> and <c>vouchers …</c> against the real demo silo over HTTP, bad input included.</summary>
[Collection(DemoSiloCollection.Name)]
public sealed class CliSpacesTests(DemoSiloFixture fixture)
{
    private readonly string url = fixture.Silo.BaseAddress.ToString();

    [Fact]
    public async Task A_space_is_put_accredited_and_offered_and_a_voucher_is_issued_spent_and_exported()
    {
        using var folder = new TempDirectory();
        var space = Documents.NewId("cowo-cli");
        var programme = Documents.NewId("voucher-cli");
        var spaceFile = folder.Combine("space.json");
        var programmeFile = folder.Combine("programme.json");
        var csvFile = folder.Combine("ledger.csv");
        await File.WriteAllTextAsync(spaceFile, """
            {"name":"Cowo CLI","operator":"Operatore CLI","address":"Via CLI 1","location":{"municipality":"Cremona","province":"CR","region":"Lombardia"},"seats":8,"freeSeats":8}
            """);
        await File.WriteAllTextAsync(programmeFile, """
            {"title":{"it":"Voucher CLI"},"issuer":"Comune CLI","budget":1000,"voucherValue":250,"eligibility":{"holders":["person","startup"],"maxAge":35},"validFrom":"2026-01-01","validUntil":"2099-12-31"}
            """);

        var put = await Run("spaces", "put", space, "--file", spaceFile);
        var accredit = await Run("spaces", "accredit", space, "--note", "ok");
        var list = await Run("spaces", "list", "--province", "CR");
        var near = await Run("--json", "spaces", "near", "visiodefect", "--top", "50");
        var putProgramme = await Run("vouchers", "put", programme, "--file", programmeFile);
        var issue = await Run("vouchers", "issue", programme, "--person", "Sara Neri", "--born", "2000-04-05");
        var spend = await Run("vouchers", "spend", programme, "v1", "--space", space);
        var spendAgain = await Run("vouchers", "spend", programme, "v1", "--space", space);
        var show = await Run("vouchers", "show", programme);
        var ledger = await Run("vouchers", "ledger", programme, "--csv", "--out", csvFile);

        Assert.Equal(0, put.ExitCode);
        Assert.Contains($"created space {space}", put.Output, StringComparison.Ordinal);
        Assert.Equal($"{space}: accredited", accredit.Output.Trim());
        Assert.Contains("Cowo CLI", list.Output, StringComparison.Ordinal);
        Assert.Contains(space, JsonNode.Parse(near.Output)!["items"]!.AsArray().Select(i => (string?)i!["id"]));
        Assert.Equal(0, putProgramme.ExitCode);
        Assert.Equal("issued voucher v1 of € 250 to Sara Neri (2000-04-05)", issue.Output.Trim());
        Assert.Equal($"spent voucher v1 (€ 250) at {space}", spend.Output.Trim());
        Assert.Equal(1, spendAgain.ExitCode);
        Assert.StartsWith("error: 409", spendAgain.Error, StringComparison.Ordinal);
        Assert.Single(spendAgain.Error.Trim().Split('\n'));
        Assert.Contains("committed € 250, spent € 250, left € 750", show.Output, StringComparison.Ordinal);
        Assert.Equal(0, ledger.ExitCode);
        var lines = await File.ReadAllLinesAsync(csvFile);
        Assert.Equal(3, lines.Length);
        Assert.Contains($",spent,v1,Sara Neri,250.00,{space},", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_one_line_on_stderr_and_a_non_zero_exit()
    {
        using var folder = new TempDirectory();
        var file = folder.Combine("space.json");
        await File.WriteAllTextAsync(file, """{"name":"Senza posti","operator":"X","address":"Via X","location":{"municipality":"Crema"},"seats":0}""");

        var noSeats = await Run("spaces", "put", Documents.NewId("cowo-bad"), "--file", file);
        var neither = await Run("vouchers", "issue", "voucher-coworking-milano");
        var badDate = await Run("vouchers", "issue", "voucher-coworking-milano", "--person", "A", "--born", "05/04/2000");
        var unknown = await Run("vouchers", "spend", "voucher-coworking-milano", "v999", "--space", "officina-liberty");
        var pending = await Run("spaces", "withdraw", "spazio-comune-crema");

        foreach (var result in new[] { noSeats, neither, badDate, unknown, pending })
        {
            Assert.NotEqual(0, result.ExitCode);
            Assert.Single(result.Error.Trim().Split('\n'));
            Assert.StartsWith("error:", result.Error, StringComparison.Ordinal);
        }

        Assert.Contains("seats", noSeats.Error, StringComparison.Ordinal);
        Assert.Contains("--born", badDate.Error, StringComparison.Ordinal);
        Assert.Contains("404", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("409", pending.Error, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(["--url", url, "--key", fixture.Silo.AdminKey, .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
