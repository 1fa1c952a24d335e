using System.CommandLine;

namespace Matchmaking.Cli;

/// <summary>Options every command takes: where the silo is and whether to print JSON for scripts.</summary>
public sealed class GlobalOptions
{
    public const string UrlVariable = "MATCHMAKING_URL";
    public const string DefaultUrl = "http://127.0.0.1:5000";
    public const string KeyVariable = "MATCHMAKING_KEY";

    public Option<string> Url { get; } = new("--url")
    {
        Description = $"The silo's address (default: ${UrlVariable}, else {DefaultUrl})",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url ? url : DefaultUrl,
    };

    public Option<string?> Key { get; } = new("--key")
    {
        Description = $"An API key, sent as 'Authorization: Bearer KEY' (default: ${KeyVariable}); writes need one",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(KeyVariable) is { Length: > 0 } key ? key : null,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print the API's JSON (one document) instead of tables",
        Recursive = true,
    };
}
