using System.CommandLine;
using System.Text.Json;
using Matchmaking.Client;

namespace Matchmaking.Cli;

/// <summary>Runs a command's action and turns every failure into one <c>error: …</c> line and an exit code.</summary>
public sealed class CommandRunner(CliIO io, GlobalOptions globals)
{
    public GlobalOptions Globals { get; } = globals;

    public void SetAction(Command command, Func<ParseResult, CommandContext, CancellationToken, Task<int>> action)
        => command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, action, cancellationToken));

    private async Task<int> RunAsync(ParseResult parseResult, Func<ParseResult, CommandContext, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        try
        {
            using var context = new CommandContext(io, ParseUrl(Globals.UrlOf(parseResult)), parseResult.GetValue(Globals.Json), Globals.KeyOf(parseResult));
            return await action(parseResult, context, cancellationToken);
        }
        catch (Exception e)
        {
            await io.Error.WriteLineAsync($"error: {Describe(e).ReplaceLineEndings(" ")}");
            return Classify(e);
        }
    }

    // Local input problems are the user's to fix (2); the silo unreachable is 4; no valid API key 5; anything else went wrong talking to the silo (1).
    internal static int Classify(Exception e) => e switch
    {
        UsageException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException => ExitCodes.Usage,
        MatchmakingConnectionException => ExitCodes.Unreachable,
        MatchmakingApiException { StatusCode: System.Net.HttpStatusCode.Unauthorized } => ExitCodes.Unauthorized,
        _ => ExitCodes.ApiError,
    };

    internal static string Describe(Exception e) => e switch
    {
        FileNotFoundException f => $"file not found: {f.FileName ?? f.Message}",
        MatchmakingApiException { StatusCode: System.Net.HttpStatusCode.Unauthorized } =>
            $"the silo wants a valid API key (none given, or wrong or revoked): pass --key KEY or set {GlobalOptions.KeyVariable}",
        JsonException => $"the silo's answer is not the expected JSON: {e.Message}",
        OperationCanceledException => "cancelled",
        _ => e.Message,
    };

    private static Uri ParseUrl(string? text)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return url;
        }

        throw new UsageException($"--url '{text}' is not an http(s) address (e.g. {GlobalOptions.DefaultUrl})");
    }
}
