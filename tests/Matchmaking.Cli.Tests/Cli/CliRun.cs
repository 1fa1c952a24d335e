namespace Matchmaking.Cli.Tests.Cli;

/// <summary>What one in-process run of the CLI printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args) => await RunWithInputAsync("", args);

    public static async Task<CliRun> RunWithInputAsync(string stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await Matchmaking.Cli.Cli.RunAsync(args, new CliIO(stdout, stderr, new StringReader(stdin), Interactive: false));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The one line on standard error, asserting there is exactly one.</summary>
    public string ErrorLine => Assert.Single(Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('\r');
}
