namespace Matchmaking.Cli;

/// <summary>Where the CLI reads and writes; <see cref="Interactive"/> is true only for a terminal (progress bars, colours).</summary>
public sealed record CliIO(TextWriter Out, TextWriter Error, TextReader In, bool Interactive)
{
    /// <summary>The process's console; interactive unless standard output is redirected.</summary>
    public static CliIO FromConsole() => new(Console.Out, Console.Error, Console.In, !Console.IsOutputRedirected);
}
