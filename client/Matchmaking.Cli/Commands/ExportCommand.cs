using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Cli.Output;
using Matchmaking.Client;
using Spectre.Console;

namespace Matchmaking.Cli.Commands;

/// <summary><c>export</c>: every profile as <c>{"items":[…]}</c>, the shape <c>import</c> reads back.</summary>
public static class ExportCommand
{
    public static Command Create(CommandRunner runner)
    {
        var kind = KindSymbols.Option("Only this kind");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Export profiles as JSON that 'import' reads back") { kind, output };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var items = await context.Client.ExportAsync(parse.GetValue(kind), cancellationToken);
            var json = new JsonObject { ["items"] = new JsonArray([.. items]) }.ToJsonString(CliJson.Indented);
            if (parse.GetValue(output) is not { } path)
            {
                await context.IO.Out.WriteLineAsync(json);
                return ExitCodes.Ok;
            }

            await File.WriteAllTextAsync(path, json + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
            if (context.Json)
            {
                context.WriteJson(new JsonObject { ["exported"] = items.Count, ["out"] = path });
            }
            else
            {
                context.Console.WriteLine($"exported {items.Count} profiles to {path}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
