using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Events;
using Matchmaking.Cli.Output;
using Spectre.Console;

namespace Matchmaking.Cli.Commands;

/// <summary>
/// <c>events …</c> and <c>courses …</c>: list, show, put, register, unregister (cancel a registration), calendar —
/// one set of commands for each kind, as the API has one resource for each.
/// </summary>
public static class EventsCommands
{
    public static Command Create(CommandRunner runner, EventKind kind)
    {
        var plural = kind.Plural();
        var command = new Command(plural, $"The hub's {plural}: list, show, put, register, unregister, calendar");
        command.Subcommands.Add(List(runner, kind));
        command.Subcommands.Add(Show(runner, kind));
        command.Subcommands.Add(Put(runner, kind));
        command.Subcommands.Add(Register(runner, kind));
        command.Subcommands.Add(Unregister(runner, kind));
        command.Subcommands.Add(Calendar(runner, kind));
        return command;
    }

    private static Command List(CommandRunner runner, EventKind kind)
    {
        var status = new Option<string?>("--status") { Description = "draft, published, cancelled or held" };
        var theme = new Option<string?>("--theme") { Description = "Only those on this theme (broader and narrower themes match too)" };
        var audience = new Option<string?>("--audience") { Description = "companies, startups, researchers, citizens or schools" };
        var command = new Command("list", $"The {kind.Plural()}, soonest first") { status, theme, audience };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var items = await context.Client.ListEventsAsync(kind, parse.GetValue(status), parse.GetValue(theme), parse.GetValue(audience), cancellationToken);
            if (context.Json)
            {
                context.WriteJson(new JsonObject { ["items"] = new JsonArray([.. items.Select(i => i.DeepClone())]), ["total"] = items.Count });
                return ExitCodes.Ok;
            }

            var table = Cells.Table(null, "Id", "Status", "Start", "Title", "Seats", "Themes");
            foreach (var item in items)
            {
                table.AddRow(Cells.Of(Text(item["id"]), Text(item["status"]), Start(item), Title(item), Seats(item), string.Join(", ", Strings(item["themes"]))));
            }

            context.Console.Write(table);
            context.Console.WriteLine($"{items.Count} {kind.Plural()}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CommandRunner runner, EventKind kind)
    {
        var id = new Argument<string>("id") { Description = $"The {kind.Name()}'s id" };
        var command = new Command("show", $"A {kind.Name()} with its seats") { id };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var item = await context.Client.GetEventAsync(kind, parse.GetValue(id)!, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(item);
                return ExitCodes.Ok;
            }

            await context.IO.Out.WriteLineAsync($"{Text(item["id"])} ({Text(item["status"])}): {Title(item)}");
            await context.IO.Out.WriteLineAsync($"when: {Text(item["start"])} → {Text(item["end"])} ({Text(item["timeZone"])})");
            await context.IO.Out.WriteLineAsync($"where: {Place(item["place"])}");
            await context.IO.Out.WriteLineAsync($"organiser: {Organiser(item["organiser"])}");
            await context.IO.Out.WriteLineAsync($"seats: {Seats(item)}, waiting {Text(item["waiting"])}");
            await context.IO.Out.WriteLineAsync($"for: {string.Join(", ", Strings(item["audience"]))}; {((bool?)item["free"] == true ? "free" : $"€ {Text(item["price"])}")}");
            if (Strings(item["themes"]) is { Count: > 0 } themes)
            {
                await context.IO.Out.WriteLineAsync($"themes: {string.Join(", ", themes)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Put(CommandRunner runner, EventKind kind)
    {
        var id = new Argument<string>("id") { Description = $"The {kind.Name()}'s id (a lowercase slug)" };
        var file = new Option<string>("--file", "-f") { Description = "A JSON file: title {it,en}, organiser, themes, start, end, place, capacity, audience, price, status", Required = true };
        var command = new Command("put", $"Create or replace a {kind.Name()} from a JSON file") { id, file };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var document = await JsonFiles.ReadObjectAsync(parse.GetValue(file)!, cancellationToken);

            var stored = await context.Client.PutEventDocumentAsync(kind, parse.GetValue(id)!, document, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(stored.Document);
            }
            else
            {
                await context.IO.Out.WriteLineAsync($"{(stored.Created ? "created" : "updated")} {kind.Name()} {parse.GetValue(id)} (version {stored.Document["version"]})");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Register(CommandRunner runner, EventKind kind)
    {
        var id = new Argument<string>("id") { Description = $"The {kind.Name()}'s id" };
        var member = new Option<string?>("--member") { Description = "kind/id of the member to register (default: the API key's own actor)" };
        var command = new Command("register", $"Register a member for a {kind.Name()}: a seat while there is one, else the waiting list") { id, member };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var who = parse.GetValue(member) is { } text ? ActorRefParser.Parse(text, "--member") : null;
            var answer = await context.Client.RegisterAsync(kind, parse.GetValue(id)!, who, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(answer);
                return ExitCodes.Ok;
            }

            var registered = $"{Text(answer["member"]?["kind"])}/{Text(answer["member"]?["id"])}";
            await context.IO.Out.WriteLineAsync(Text(answer["status"]) == "waiting"
                ? $"{registered} is on the waiting list of {parse.GetValue(id)} (position {Text(answer["position"])})"
                : $"{registered} has a seat at {parse.GetValue(id)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Unregister(CommandRunner runner, EventKind kind)
    {
        var id = new Argument<string>("id") { Description = $"The {kind.Name()}'s id" };
        var member = new Option<string>("--member") { Description = "kind/id of the member whose registration is cancelled", Required = true };
        var command = new Command("unregister", $"Cancel a member's registration for a {kind.Name()}; the first member waiting takes the seat") { id, member };
        command.Aliases.Add("cancel-registration");
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var who = ActorRefParser.Parse(parse.GetValue(member)!, "--member");
            var answer = await context.Client.CancelRegistrationAsync(kind, parse.GetValue(id)!, who, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(answer);
                return ExitCodes.Ok;
            }

            var moved = answer["movedUp"] is JsonObject up ? $"; {Text(up["kind"])}/{Text(up["id"])} moved up from the waiting list" : "";
            await context.IO.Out.WriteLineAsync($"cancelled the registration of {who} for {parse.GetValue(id)}{moved}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Calendar(CommandRunner runner, EventKind kind)
    {
        var id = new Argument<string?>("id") { Description = $"The {kind.Name()}'s id (or --member for a member's calendar)", Arity = ArgumentArity.ZeroOrOne };
        var member = new Option<string?>("--member") { Description = "kind/id: the events and courses this member registered for" };
        var lang = new Option<string?>("--lang") { Description = "it or en (default it)" };
        var output = new Option<string?>("--out", "-o") { Description = "Write the .ics file here instead of the screen" };
        var command = new Command("calendar", $"A {kind.Name()} (or a member's registrations) as iCalendar (.ics)") { id, member, lang, output };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var eventId = parse.GetValue(id);
            var memberText = parse.GetValue(member);
            if ((eventId is null) == (memberText is null))
            {
                throw new UsageException($"name a {kind.Name()} id or --member kind/id (one of the two)");
            }

            var ics = memberText is not null
                ? await context.Client.GetMemberCalendarAsync(ActorRefParser.Parse(memberText, "--member"), parse.GetValue(lang), cancellationToken)
                : await context.Client.GetEventCalendarAsync(kind, eventId!, parse.GetValue(lang), cancellationToken);
            if (parse.GetValue(output) is { } path)
            {
                await File.WriteAllTextAsync(path, ics, cancellationToken);
                await context.IO.Out.WriteLineAsync($"wrote {path}");
            }
            else
            {
                await context.IO.Out.WriteAsync(ics);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Text(JsonNode? node) => Nodes.Text(node);

    private static List<string> Strings(JsonNode? node) => Nodes.Strings(node);

    private static string Title(JsonObject item) => item["title"] is JsonObject title ? Text(title["it"] ?? title["en"]) : "-";

    private static string Start(JsonObject item) => Text(item["start"]) is { Length: >= 16 } start ? start[..16].Replace('T', ' ') : Text(item["start"]);

    private static string Seats(JsonObject item) => $"{Text(item["registered"])}/{Text(item["capacity"])}";

    private static string Place(JsonNode? place) =>
        place?["space"] is { } space ? $"co-working space {Text(space)}"
        : place?["address"] is { } address ? Text(address)
        : "online" + (place?["link"] is { } link ? $" {Text(link)}" : "");

    private static string Organiser(JsonNode? organiser) =>
        organiser?["hub"] is { } hub ? Text(hub) : $"{Text(organiser?["actor"]?["kind"])}/{Text(organiser?["actor"]?["id"])}";
}
