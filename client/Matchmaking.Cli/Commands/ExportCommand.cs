using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Cli.Output;
using Matchmaking.Client;
using Spectre.Console;

namespace Matchmaking.Cli.Commands;

/// <summary>
/// <c>export</c>: every profile as <c>{"items":[…]}</c>, the shape <c>import</c> reads back; a stored profile the silo
/// could not read is named on stderr, with exit code 3.
/// </summary>
public static class ExportCommand
{
    public static Command Create(CommandRunner runner)
    {
        var kind = KindSymbols.Option("Only this kind");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Export profiles as JSON that 'import' reads back") { kind, output };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var export = await context.Client.ExportWithUnreadableAsync(parse.GetValue(kind), cancellationToken);
            var items = export.Items;
            foreach (var damaged in export.Unreadable ?? [])
            {
                await context.IO.Error.WriteLineAsync($"not exported: {damaged.Kind}/{damaged.Id} cannot be read ({damaged.Problem})");
            }

            var json = new JsonObject { ["items"] = new JsonArray([.. items]) }.ToJsonString(CliJson.Indented);
            if (parse.GetValue(output) is not { } path)
            {
                await context.IO.Out.WriteLineAsync(json);
                return Exit(export);
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

            return Exit(export);
        });
        return command;
    }

    // Profiles the silo could not read are named on stderr and make the export partial, as failed rows do an import.
    private static int Exit(ProfileExport export) => export.Unreadable is { Count: > 0 } ? ExitCodes.RowsFailed : ExitCodes.Ok;
}
