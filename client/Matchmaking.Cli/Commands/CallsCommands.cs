using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Calls;
using Matchmaking.Abstractions.Text;
using Matchmaking.Cli.Output;
using Matchmaking.Client;
using Spectre.Console;

namespace Matchmaking.Cli.Commands;

/// <summary><c>calls list|show|put|delete|proposals</c>: funding calls (bandi) and the teams that could answer one.</summary>
public static class CallsCommands
{
    public static Command Create(CommandRunner runner)
    {
        var calls = new Command("calls", "Funding calls (bandi): list, show, put, delete, and teams for a call");
        calls.Subcommands.Add(List(runner));
        calls.Subcommands.Add(Show(runner));
        calls.Subcommands.Add(Put(runner));
        calls.Subcommands.Add(Delete(runner));
        calls.Subcommands.Add(Proposals(runner));
        return calls;
    }

    private static Command List(CommandRunner runner)
    {
        var status = new Option<string?>("--status") { Description = "open, upcoming or closed" };
        var theme = new Option<string?>("--theme") { Description = "Only calls on this theme (broader and narrower themes match too)" };
        var applicant = new Option<string?>("--applicant") { Description = "Only calls this applicant may answer: sme, startup, university, public-body" };
        var command = new Command("list", "Funding calls, soonest deadline first") { status, theme, applicant };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            Applicant? who = null;
            if (parse.GetValue(applicant) is { } text)
            {
                who = Applicants.TryParse(text, out var parsed)
                    ? parsed
                    : throw new UsageException($"--applicant '{text}' is not one of: {string.Join(", ", Applicants.All.Select(a => a.Name()))}");
            }

            var items = await context.Client.ListCallsAsync(new CallQuery(parse.GetValue(status), parse.GetValue(theme), who), cancellationToken);
            if (context.Json)
            {
                context.WriteJson(new JsonObject { ["items"] = new JsonArray([.. items.Select(ToJson)]), ["total"] = items.Count });
                return ExitCodes.Ok;
            }

            var table = Cells.Table(null, "Id", "Status", "Deadline", "Publisher", "Title", "Eligible", "Themes");
            foreach (var call in items)
            {
                table.AddRow(Cells.Of(call.Id, Status(call.Status), Date(call.Call.Deadline), call.Call.Publisher, call.Call.Title,
                    string.Join(", ", call.Call.Eligible.Select(a => a.Name())), string.Join(", ", call.Call.Themes)));
            }

            context.Console.Write(table);
            context.Console.WriteLine($"{items.Count} calls");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CommandRunner runner)
    {
        var id = new Argument<string>("id") { Description = "The call's id" };
        var lang = new Option<string?>("--lang") { Description = "it or en: how the budget and dates are written (default en: €12,000,000, 28 February 2027)" };
        var command = new Command("show", "A funding call") { id, lang };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var call = await context.Client.GetCallAsync(parse.GetValue(id)!, cancellationToken);
            var language = LocalFormat.Normalize(parse.GetValue(lang) ?? LocalFormat.English);
            if (context.Json)
            {
                context.WriteJson(ToJson(call));
                return ExitCodes.Ok;
            }

            context.Console.WriteLine($"{call.Id} ({Status(call.Status)}): {call.Call.Title}");
            context.Console.WriteLine($"publisher: {call.Call.Publisher}");
            context.Console.WriteLine($"open: {Date(call.Call.Opening, language)} → {Date(call.Call.Deadline, language)}");
            context.Console.WriteLine($"eligible: {string.Join(", ", call.Call.Eligible.Select(a => a.Name()))}" + (call.Call.Region is { } r ? $" in {r}" : ""));
            if (call.Call.Themes.Count > 0)
            {
                context.Console.WriteLine($"themes: {string.Join(", ", call.Call.Themes)}");
            }

            if (call.Call.Budget is { } budget)
            {
                context.Console.WriteLine($"budget: {LocalFormat.Euros(budget, language)}");
            }

            if (call.Call.Description is { } description)
            {
                context.Console.WriteLine(description);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Put(CommandRunner runner)
    {
        var id = new Argument<string>("id") { Description = "The call's id (a lowercase slug)" };
        var file = new Option<string>("--file", "-f") { Description = "A JSON file with the call: title, publisher, themes, eligible, region, budget, opening, deadline, …", Required = true };
        var command = new Command("put", "Create or replace a funding call from a JSON file") { id, file };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var document = await JsonFiles.ReadObjectAsync(parse.GetValue(file)!, cancellationToken);

            var stored = await context.Client.PutCallDocumentAsync(parse.GetValue(id)!, document, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(stored.Document);
            }
            else
            {
                context.Console.WriteLine($"{(stored.Created ? "created" : "updated")} call {parse.GetValue(id)} (version {stored.Document["version"]})");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Delete(CommandRunner runner)
    {
        var id = new Argument<string>("id") { Description = "The call's id" };
        var command = new Command("delete", "Delete a funding call") { id };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            await context.Client.DeleteCallAsync(parse.GetValue(id)!, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(new JsonObject { ["deleted"] = parse.GetValue(id) });
            }
            else
            {
                context.Console.WriteLine($"deleted call {parse.GetValue(id)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Proposals(CommandRunner runner)
    {
        var id = new Argument<string>("id") { Description = "The call's id" };
        var top = new Option<int?>("--top", "-n") { Description = "How many teams, 1 to 20 (default 5)" };
        var lang = new Option<string?>("--lang") { Description = "it or en: the language of titles and objectives" };
        var command = new Command("proposals", "Teams that may apply to an open call (not stored)") { id, top, lang };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            if (parse.GetValue(top) is < 1 or > 20)
            {
                throw new UsageException("--top must be between 1 and 20");
            }

            var result = await context.Client.GetCallProposalsAsync(parse.GetValue(id)!, parse.GetValue(top), parse.GetValue(lang), cancellationToken);
            if (context.Json)
            {
                context.WriteJson(result);
                return ExitCodes.Ok;
            }

            context.Console.Write(ProposalTable.Create($"Teams for call {parse.GetValue(id)}", result.Items));
            context.Console.WriteLine(result.Items.Count == 0 ? "no teams" : $"{result.Items.Count} teams");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static JsonObject ToJson(CallDocument call)
    {
        var node = new JsonObject { ["id"] = call.Id, ["version"] = call.Version, ["updatedAt"] = call.UpdatedAt, ["status"] = Status(call.Status) };
        foreach (var (name, value) in JsonSerializer.SerializeToNode(call.Call, CliJson.Indented)!.AsObject().ToList())
        {
            node[name] = value?.DeepClone();
        }

        return node;
    }

    private static string Status(CallStatus status) => status.ToString().ToLowerInvariant();

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static string Date(DateOnly? date, string language) => date is { } day ? LocalFormat.Date(day, language) : "-";
}
