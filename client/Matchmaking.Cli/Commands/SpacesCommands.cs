using System.CommandLine;
using System.Text.Json.Nodes;
using Matchmaking.Cli.Output;
using Spectre.Console;

namespace Matchmaking.Cli.Commands;

/// <summary><c>spaces …</c>: the co-working spaces — list, show, put, accredit, withdraw, and those near a startup.</summary>
public static class SpacesCommands
{
    public static Command Create(CommandRunner runner)
    {
        var command = new Command("spaces", "Co-working spaces: list, show, put, accredit, withdraw, near (a startup's)");
        command.Subcommands.Add(List(runner));
        command.Subcommands.Add(Show(runner));
        command.Subcommands.Add(Put(runner));
        command.Subcommands.Add(Accredit(runner, accredited: true));
        command.Subcommands.Add(Accredit(runner, accredited: false));
        command.Subcommands.Add(Near(runner));
        return command;
    }

    private static Command List(CommandRunner runner)
    {
        var accreditation = new Option<string?>("--accreditation") { Description = "pending, accredited or withdrawn (coaches and admins)" };
        var province = new Option<string?>("--province") { Description = "A two-letter province code" };
        var free = new Option<bool>("--free") { Description = "Only spaces with desks free" };
        var command = new Command("list", "The co-working spaces, by name") { accreditation, province, free };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var items = await context.Client.ListSpacesAsync(parse.GetValue(accreditation), parse.GetValue(province), parse.GetValue(free) ? true : null, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(new JsonObject { ["items"] = new JsonArray([.. items.Select(i => i.DeepClone())]), ["total"] = items.Count });
                return ExitCodes.Ok;
            }

            var table = Cells.Table(null, "Id", "Name", "Where", "Desks free", "Day price", "Accreditation");
            foreach (var item in items)
            {
                table.AddRow(Cells.Of(Nodes.Text(item["id"]), Nodes.Text(item["name"]), Where(item), $"{Nodes.Text(item["freeSeats"])}/{Nodes.Text(item["seats"])}",
                    Price(item["dayPrice"]), Nodes.Text(item["accreditation"]?["status"])));
            }

            context.Console.Write(table);
            context.Console.WriteLine($"{items.Count} spaces");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CommandRunner runner)
    {
        var id = new Argument<string>("id") { Description = "The space's id" };
        var command = new Command("show", "A co-working space with its accreditation") { id };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var item = await context.Client.GetSpaceAsync(parse.GetValue(id)!, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(item);
                return ExitCodes.Ok;
            }

            var accreditation = item["accreditation"];
            await context.IO.Out.WriteLineAsync($"{Nodes.Text(item["id"])}: {Nodes.Text(item["name"])} ({Nodes.Text(item["operator"])})");
            await context.IO.Out.WriteLineAsync($"where: {Nodes.Text(item["address"])}, {Where(item)}");
            await context.IO.Out.WriteLineAsync($"desks: {Nodes.Text(item["freeSeats"])} free of {Nodes.Text(item["seats"])}; a day {Price(item["dayPrice"])}");
            if (Nodes.Strings(item["services"]) is { Count: > 0 } services)
            {
                await context.IO.Out.WriteLineAsync($"services: {string.Join(", ", services)}");
            }

            await context.IO.Out.WriteLineAsync($"accreditation: {Nodes.Text(accreditation?["status"])}"
                + (accreditation?["since"] is { } since ? $" since {Nodes.Text(since)[..Math.Min(10, Nodes.Text(since).Length)]}" : "")
                + (accreditation?["note"] is { } note ? $" ({Nodes.Text(note)})" : ""));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Put(CommandRunner runner)
    {
        var id = new Argument<string>("id") { Description = "The space's id (a lowercase slug)" };
        var file = new Option<string>("--file", "-f") { Description = "A JSON file: name, operator, address, location, seats, freeSeats, services, dayPrice, description", Required = true };
        var command = new Command("put", "Create or replace a co-working space from a JSON file (its accreditation is kept)") { id, file };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var document = await JsonFiles.ReadObjectAsync(parse.GetValue(file)!, cancellationToken);
            var stored = await context.Client.PutSpaceDocumentAsync(parse.GetValue(id)!, document, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(stored.Document);
            }
            else
            {
                await context.IO.Out.WriteLineAsync($"{(stored.Created ? "created" : "updated")} space {parse.GetValue(id)} (version {stored.Document["version"]})");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Accredit(CommandRunner runner, bool accredited)
    {
        var id = new Argument<string>("id") { Description = "The space's id" };
        var note = new Option<string?>("--note") { Description = "Why (kept with the accreditation)" };
        var command = accredited
            ? new Command("accredit", "Put a space on the accredited list (admins): vouchers are spent there") { id, note }
            : new Command("withdraw", "Take a space off the accredited list (admins): no voucher is spent there any more") { id, note };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var item = await context.Client.AccreditSpaceAsync(parse.GetValue(id)!, accredited, parse.GetValue(note), cancellationToken);
            if (context.Json)
            {
                context.WriteJson(item);
            }
            else
            {
                await context.IO.Out.WriteLineAsync($"{parse.GetValue(id)}: {Nodes.Text(item["accreditation"]?["status"])}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Near(CommandRunner runner)
    {
        var startup = new Argument<string>("startup") { Description = "The startup's id" };
        var top = new Option<int?>("--top") { Description = "How many, 1 to 50 (default 10)" };
        var lang = new Option<string?>("--lang") { Description = "it or en (default it)" };
        var command = new Command("near", "Accredited spaces near a startup with desks free, nearest first, with reasons") { startup, top, lang };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var items = await context.Client.SpacesForStartupAsync(parse.GetValue(startup)!, parse.GetValue(top), parse.GetValue(lang), cancellationToken);
            if (context.Json)
            {
                context.WriteJson(new JsonObject { ["items"] = new JsonArray([.. items.Select(i => i.DeepClone())]) });
                return ExitCodes.Ok;
            }

            foreach (var item in items)
            {
                await context.IO.Out.WriteLineAsync($"{Nodes.Text(item["id"])}  {Nodes.Text(item["name"])} ({Nodes.Text(item["municipality"])})");
                foreach (var reason in Nodes.Strings(item["reasons"]))
                {
                    await context.IO.Out.WriteLineAsync($"  - {reason}");
                }
            }

            if (items.Count == 0)
            {
                await context.IO.Out.WriteLineAsync("no accredited space with desks free near this startup");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Where(JsonObject item) => $"{Nodes.Text(item["location"]?["municipality"])} ({Nodes.Text(item["location"]?["province"])})";

    private static string Price(JsonNode? price) => price is null || Nodes.Text(price) == "0" ? "free" : $"€ {Nodes.Text(price)}";
}
