using Matchmaking.EndToEnd.Tests.Infrastructure;
using CommandLine = Matchmaking.Cli.Cli;

namespace Matchmaking.EndToEnd.Tests.Security;

/// <summary>The CLI with and without an API key: a 401 is one line and exit code 5.</summary>
public sealed class CliKeyTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    [Fact]
    public async Task A_write_without_a_key_or_with_a_wrong_one_exits_5_with_one_line()
    {
        var id = Documents.NewId("cli-key");
        var none = await Run("profiles", "delete", "company", id);
        var wrong = await Run("--key", "mmk_000000000000_wrong", "profiles", "delete", "company", id);
        var right = await Run("--key", fixture.Silo.AdminKey, "profiles", "delete", "company", id);

        Assert.All(new[] { none, wrong }, r =>
        {
            Assert.Equal(5, r.ExitCode);
            Assert.Single(r.Error.Trim().Split('\n'));
            Assert.Contains("MATCHMAKING_KEY", r.Error, StringComparison.Ordinal);
        });
        Assert.Equal(1, right.ExitCode); // past the key: the company does not exist (404)
    }

    private async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(["--url", fixture.Silo.BaseAddress.ToString(), .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
