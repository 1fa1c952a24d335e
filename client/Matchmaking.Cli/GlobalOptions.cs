using System.CommandLine;

namespace Matchmaking.Cli;

/// <summary>
/// Options every command takes: where the silo is, the API key and whether to print JSON for scripts. The defaults
/// from the environment are read when a command runs (<see cref="UrlOf"/>, <see cref="KeyOf"/>), never by the option
/// itself: an option's default value is printed by <c>--help</c>, and the key must never be.
/// </summary>
public sealed class GlobalOptions
{
    public const string UrlVariable = "MATCHMAKING_URL";
    public const string DefaultUrl = "http://127.0.0.1:5000";
    public const string KeyVariable = "MATCHMAKING_KEY";

    public Option<string?> Url { get; } = new("--url")
    {
        Description = $"The silo's address (default: ${UrlVariable}, else {DefaultUrl})",
        Recursive = true,
    };

    public Option<string?> Key { get; } = new("--key")
    {
        Description = $"An API key, sent as 'Authorization: Bearer KEY' (default: ${KeyVariable}); writes need one",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print the API's JSON (one document) instead of tables",
        Recursive = true,
    };

    /// <summary>The silo's address: <c>--url</c>, else <c>$MATCHMAKING_URL</c>, else <see cref="DefaultUrl"/>.</summary>
    public string UrlOf(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return parseResult.GetValue(Url) is { Length: > 0 } given ? given
            : Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url ? url
            : DefaultUrl;
    }

    /// <summary>The API key: <c>--key</c>, else <c>$MATCHMAKING_KEY</c>, else none.</summary>
    public string? KeyOf(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return parseResult.GetValue(Key) is { Length: > 0 } given ? given
            : Environment.GetEnvironmentVariable(KeyVariable) is { Length: > 0 } key ? key
            : null;
    }
}
