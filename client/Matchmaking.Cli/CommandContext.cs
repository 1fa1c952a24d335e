using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaking.Cli.Output;
using Matchmaking.Client;
using Spectre.Console;

namespace Matchmaking.Cli;

/// <summary>What a running command needs: the client, the output and the global choices.</summary>
public sealed class CommandContext(CliIO io, Uri url, bool json, string? apiKey = null) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = url };

    public CliIO IO { get; } = io;

    public bool Json { get; } = json;

    /// <summary>A progress bar makes sense only for people watching a terminal.</summary>
    public bool ShowsProgress => IO.Interactive && !Json;

    public MatchmakingClient Client => new(_http, apiKey);

    public IAnsiConsole Console { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(io.Out),
        Ansi = io.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = io.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = io.Interactive ? InteractionSupport.Detect : InteractionSupport.No,
    });

    public void WriteJson(JsonNode node) => IO.Out.WriteLine(node.ToJsonString(CliJson.Indented));

    public void WriteJson<T>(T value) => IO.Out.WriteLine(JsonSerializer.Serialize(value, CliJson.Indented));

    public void Dispose() => _http.Dispose();
}
