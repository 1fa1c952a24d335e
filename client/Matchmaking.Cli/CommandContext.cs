using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaking.Cli.Output;
using Matchmaking.Client;
using Spectre.Console;
using Spectre.Console.Rendering;

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

    /// <summary>
    /// Where tables and lines go. On a terminal: its width, colours, rounded borders. Anywhere else (a pipe, a file):
    /// plain text that is never cut to a width (ids and names whole) and tables with ASCII (Markdown) borders.
    /// </summary>
    public IAnsiConsole Console { get; } = CreateConsole(io);

    /// <summary>The width the console lays text out in when standard output is not a terminal: wide enough never to cut.</summary>
    public const int PlainWidth = 100_000;

    public void WriteJson(JsonNode node) => IO.Out.WriteLine(node.ToJsonString(CliJson.Indented));

    public void WriteJson<T>(T value) => IO.Out.WriteLine(JsonSerializer.Serialize(value, CliJson.Indented));

    public void Dispose() => _http.Dispose();

    private static IAnsiConsole CreateConsole(CliIO io)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(io.Out),
            Ansi = io.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = io.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = io.Interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!io.Interactive)
        {
            // Spectre lays text out in 80 columns when it cannot ask a terminal, cutting cells mid-id.
            console.Profile.Width = PlainWidth;
            console.Pipeline.Attach(new PlainTables());
        }

        return console;
    }

    // Box-drawing borders are for people; a file or a pipe gets ASCII ones ('|' between cells).
    private sealed class PlainTables : IRenderHook
    {
        public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables)
        {
            foreach (var renderable in renderables)
            {
                if (renderable is Table table)
                {
                    table.Border = TableBorder.Markdown;
                }

                yield return renderable;
            }
        }
    }
}
