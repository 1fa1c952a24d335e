namespace Matchmaking.Cli.Tests.Cli;

/// <summary><c>suggest</c> and <c>feedback</c> refuse bad usage locally (exit 2, one line) before any request.</summary>
public sealed class SuggestUsageTests
{
    // Nothing listens here: reaching the network would exit 4, not 2.
    private static Task<CliRun> Run(params string[] args) => CliRun.RunAsync(["--url", "http://127.0.0.1:1/", .. args]);

    [Theory]
    [InlineData("neither an actor nor a brief", "suggest")]
    [InlineData("both an actor and a brief", "suggest", "company", "acme", "--brief", "manutenzione predittiva")]
    [InlineData("a blank brief", "suggest", "--brief", "  ")]
    [InlineData("--new with a brief", "suggest", "--brief", "visione artificiale", "--new")]
    [InlineData("an unknown kind", "suggest", "planet", "acme")]
    [InlineData("an unknown target kind", "suggest", "company", "acme", "--target", "company,planet")]
    [InlineData("top of 0", "suggest", "company", "acme", "--top", "0")]
    [InlineData("top of 101", "suggest", "company", "acme", "--top", "101")]
    [InlineData("no decision", "feedback", "company", "acme", "--target", "startup/visione")]
    [InlineData("two decisions", "feedback", "company", "acme", "--target", "startup/visione", "--accept", "--decline")]
    [InlineData("a target without a kind", "feedback", "company", "acme", "--target", "visione", "--accept")]
    [InlineData("no target", "feedback", "company", "acme", "--accept")]
    public async Task Bad_usage_exits_2_with_one_line(string why, params string[] args)
    {
        var run = await Run(args);

        Assert.True(run.ExitCode == 2, $"{why}: exit {run.ExitCode}, {run.Error}");
        Assert.StartsWith("error:", run.ErrorLine, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task A_good_suggest_reaches_for_the_silo()
    {
        var run = await Run("suggest", "company", "acme", "--target", "startup", "--target", "researchers", "--top", "5", "--new");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("api/companies/acme/suggestions?target=startup%2Cresearcher&top=5&new=true", run.ErrorLine, StringComparison.Ordinal);
    }
}
