using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Matchmaking.Cli.Output;
using Spectre.Console;

namespace Matchmaking.Cli.Commands;

/// <summary>
/// <c>vouchers …</c>: voucher programmes and their vouchers — programmes, show, put, list, issue, spend, revoke, ledger
/// (JSON, a table, or CSV).
/// </summary>
public static class VouchersCommands
{
    public static Command Create(CommandRunner runner)
    {
        var command = new Command("vouchers", "Voucher programmes and their vouchers: programmes, show, put, list, issue, spend, revoke, ledger");
        command.Subcommands.Add(Programmes(runner));
        command.Subcommands.Add(Show(runner));
        command.Subcommands.Add(Put(runner));
        command.Subcommands.Add(List(runner));
        command.Subcommands.Add(Issue(runner));
        command.Subcommands.Add(Spend(runner));
        command.Subcommands.Add(Revoke(runner));
        command.Subcommands.Add(Ledger(runner));
        return command;
    }

    private static Command Programmes(CommandRunner runner)
    {
        var command = new Command("programmes", "The voucher programmes with what is committed, spent and left");
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var items = await context.Client.ListProgrammesAsync(cancellationToken);
            if (context.Json)
            {
                context.WriteJson(new JsonObject { ["items"] = new JsonArray([.. items.Select(i => i.DeepClone())]), ["total"] = items.Count });
                return ExitCodes.Ok;
            }

            var table = Cells.Table(null, "Id", "Title", "Issuer", "Window", "Budget", "Committed", "Spent", "Left");
            foreach (var item in items)
            {
                table.AddRow(Cells.Of(Nodes.Text(item["id"]), Title(item), Nodes.Text(item["issuer"]), $"{Nodes.Text(item["validFrom"])} → {Nodes.Text(item["validUntil"])}",
                    Euros(item["budget"]), Euros(item["committed"]), Euros(item["spent"]), Euros(item["available"])));
            }

            context.Console.Write(table);
            context.Console.WriteLine($"{items.Count} programmes");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CommandRunner runner)
    {
        var id = new Argument<string>("programme") { Description = "The programme's id" };
        var command = new Command("show", "A voucher programme with its totals") { id };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var item = await context.Client.GetProgrammeAsync(parse.GetValue(id)!, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(item);
                return ExitCodes.Ok;
            }

            await context.IO.Out.WriteLineAsync($"{Nodes.Text(item["id"])}: {Title(item)} ({Nodes.Text(item["issuer"])})");
            await context.IO.Out.WriteLineAsync($"window: {Nodes.Text(item["validFrom"])} → {Nodes.Text(item["validUntil"])}");
            await context.IO.Out.WriteLineAsync($"for: {string.Join(", ", Nodes.Strings(item["eligibility"]?["holders"]))}"
                + (item["eligibility"]?["maxAge"] is { } age ? $", people up to {Nodes.Text(age)} years old" : ""));
            await context.IO.Out.WriteLineAsync($"a voucher: {Euros(item["voucherValue"])}; budget {Euros(item["budget"])}, committed {Euros(item["committed"])}, spent {Euros(item["spent"])}, left {Euros(item["available"])}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Put(CommandRunner runner)
    {
        var id = new Argument<string>("programme") { Description = "The programme's id (a lowercase slug)" };
        var file = new Option<string>("--file", "-f") { Description = "A JSON file: title {it,en}, issuer, budget, voucherValue, eligibility {holders, maxAge}, validFrom, validUntil", Required = true };
        var command = new Command("put", "Create or replace a voucher programme from a JSON file (admins)") { id, file };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var document = await JsonFiles.ReadObjectAsync(parse.GetValue(file)!, cancellationToken);
            var stored = await context.Client.PutProgrammeDocumentAsync(parse.GetValue(id)!, document, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(stored.Document);
            }
            else
            {
                await context.IO.Out.WriteLineAsync($"{(stored.Created ? "created" : "updated")} voucher programme {parse.GetValue(id)} (version {stored.Document["version"]})");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CommandRunner runner)
    {
        var id = new Argument<string>("programme") { Description = "The programme's id" };
        var command = new Command("list", "The programme's vouchers in order of issue (admins)") { id };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var items = await context.Client.ListVouchersAsync(parse.GetValue(id)!, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(new JsonObject { ["items"] = new JsonArray([.. items.Select(i => i.DeepClone())]), ["total"] = items.Count });
                return ExitCodes.Ok;
            }

            var table = Cells.Table(null, "Voucher", "Holder", "Value", "Status", "Space");
            foreach (var item in items)
            {
                table.AddRow(Cells.Of(Nodes.Text(item["id"]), Holder(item["holder"]), Euros(item["value"]), Nodes.Text(item["status"]), Nodes.Text(item["space"])));
            }

            context.Console.Write(table);
            context.Console.WriteLine($"{items.Count} vouchers");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Issue(CommandRunner runner)
    {
        var id = new Argument<string>("programme") { Description = "The programme's id" };
        var person = new Option<string?>("--person") { Description = "The person's full name (with --born)" };
        var born = new Option<string?>("--born") { Description = "The person's birth date, YYYY-MM-DD" };
        var actor = new Option<string?>("--actor") { Description = "kind/id of the startup (or other actor) holding it" };
        var command = new Command("issue", "Issue a voucher to an eligible person or actor while the budget lasts (admins)") { id, person, born, actor };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var holder = parse.GetValue(actor) is { } text ? ActorRefParser.Parse(text, "--actor") : null;
            var name = parse.GetValue(person);
            if ((holder is null) == (name is null))
            {
                throw new UsageException("name the holder: --person \"Name\" --born YYYY-MM-DD, or --actor kind/id (one of the two)");
            }

            DateOnly? birthDate = null;
            if (parse.GetValue(born) is { } bornText)
            {
                birthDate = DateOnly.TryParseExact(bornText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                    ? parsed
                    : throw new UsageException($"--born '{bornText}' is not a date (YYYY-MM-DD)");
            }

            var answer = await context.Client.IssueVoucherAsync(parse.GetValue(id)!, name, birthDate, holder, cancellationToken);
            await WriteAsync(context, answer, v => $"issued voucher {Nodes.Text(v["id"])} of {Euros(v["value"])} to {Holder(v["holder"])}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Spend(CommandRunner runner)
    {
        var id = new Argument<string>("programme") { Description = "The programme's id" };
        var voucher = new Argument<string>("voucher") { Description = "The voucher's id (e.g. v1)" };
        var space = new Option<string>("--space") { Description = "The accredited co-working space where it is spent", Required = true };
        var command = new Command("spend", "Spend a voucher at an accredited space, once (admins, or the member holding it)") { id, voucher, space };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var answer = await context.Client.SpendVoucherAsync(parse.GetValue(id)!, parse.GetValue(voucher)!, parse.GetValue(space)!, cancellationToken);
            await WriteAsync(context, answer, v => $"spent voucher {Nodes.Text(v["id"])} ({Euros(v["value"])}) at {Nodes.Text(v["space"])}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Revoke(CommandRunner runner)
    {
        var id = new Argument<string>("programme") { Description = "The programme's id" };
        var voucher = new Argument<string>("voucher") { Description = "The voucher's id" };
        var command = new Command("revoke", "Take back a voucher not spent: its value returns to the budget (admins)") { id, voucher };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var answer = await context.Client.RevokeVoucherAsync(parse.GetValue(id)!, parse.GetValue(voucher)!, cancellationToken);
            await WriteAsync(context, answer, v => $"revoked voucher {Nodes.Text(v["id"])}; {Euros(answer["programme"]?["available"])} left in the budget");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Ledger(CommandRunner runner)
    {
        var id = new Argument<string>("programme") { Description = "The programme's id" };
        var csv = new Option<bool>("--csv") { Description = "Write the ledger as CSV" };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of the screen" };
        var command = new Command("ledger", "The programme's ledger, in order (admins)") { id, csv, output };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            string text;
            if (parse.GetValue(csv))
            {
                text = await context.Client.GetLedgerCsvAsync(parse.GetValue(id)!, cancellationToken);
            }
            else
            {
                var ledger = await context.Client.GetLedgerAsync(parse.GetValue(id)!, cancellationToken);
                if (context.Json || parse.GetValue(output) is not null)
                {
                    text = ledger.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine;
                }
                else
                {
                    var table = Cells.Table(null, "#", "At", "Kind", "Voucher", "Holder", "Amount", "Space", "Committed", "Spent");
                    foreach (var e in (ledger["entries"] as JsonArray ?? []).OfType<JsonObject>())
                    {
                        table.AddRow(Cells.Of(Nodes.Text(e["sequence"]), Nodes.Text(e["at"])[..Math.Min(16, Nodes.Text(e["at"]).Length)].Replace('T', ' '), Nodes.Text(e["kind"]),
                            Nodes.Text(e["voucher"]), Nodes.Text(e["holder"]), Euros(e["amount"]), Nodes.Text(e["space"]), Euros(e["committed"]), Euros(e["spent"])));
                    }

                    context.Console.Write(table);
                    context.Console.WriteLine($"budget {Euros(ledger["budget"])}, committed {Euros(ledger["committed"])}, spent {Euros(ledger["spent"])}, left {Euros(ledger["available"])}");
                    return ExitCodes.Ok;
                }
            }

            if (parse.GetValue(output) is { } path)
            {
                await File.WriteAllTextAsync(path, text, cancellationToken);
                await context.IO.Out.WriteLineAsync($"wrote {path}");
            }
            else
            {
                await context.IO.Out.WriteAsync(text);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task WriteAsync(CommandContext context, JsonObject answer, Func<JsonObject, string> line)
    {
        if (context.Json)
        {
            context.WriteJson(answer);
        }
        else
        {
            await context.IO.Out.WriteLineAsync(line(answer["voucher"] as JsonObject ?? []));
        }
    }

    private static string Title(JsonObject item) => item["title"] is JsonObject title ? Nodes.Text(title["it"] ?? title["en"]) : "-";

    private static string Holder(JsonNode? holder) =>
        holder?["actor"] is { } actor ? $"{Nodes.Text(actor["kind"])}/{Nodes.Text(actor["id"])}" : $"{Nodes.Text(holder?["name"])} ({Nodes.Text(holder?["birthDate"])})";

    private static string Euros(JsonNode? amount) => amount is null ? "-" : $"€ {Nodes.Text(amount)}";
}
