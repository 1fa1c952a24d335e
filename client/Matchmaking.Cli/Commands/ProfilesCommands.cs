using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Cli.Output;
using Matchmaking.Client;
using Spectre.Console;

namespace Matchmaking.Cli.Commands;

/// <summary><c>profiles put|get|list|delete</c>.</summary>
public static class ProfilesCommands
{
    public static Command Create(CommandRunner runner)
    {
        var profiles = new Command("profiles", "Create, read, list and delete profiles of companies, startups and researchers");
        profiles.Subcommands.Add(Put(runner));
        profiles.Subcommands.Add(Get(runner));
        profiles.Subcommands.Add(List(runner));
        profiles.Subcommands.Add(Delete(runner));
        profiles.Subcommands.Add(Confirm(runner));
        profiles.Subcommands.Add(Stale(runner));
        return profiles;
    }

    private static Command Put(CommandRunner runner)
    {
        var kind = KindSymbols.Argument();
        var id = KindSymbols.Id();
        var file = new Option<string>("--file", "-f") { Description = "A JSON profile document; '-' reads standard input", Required = true };
        var command = new Command("put", "Create or replace a profile from a JSON document") { kind, id, file };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var document = await ReadDocumentAsync(parse.GetValue(file)!, context.IO, cancellationToken);
            var stored = await context.Client.PutDocumentAsync(parse.GetValue(kind), parse.GetValue(id)!, document, cancellationToken: cancellationToken);
            if (context.Json)
            {
                context.WriteJson(stored.Document);
            }
            else
            {
                var verb = stored.Created ? "created" : "replaced";
                context.Console.WriteLine($"{verb} {parse.GetValue(kind).Name()} {parse.GetValue(id)} (version {stored.ETag?.Trim('"') ?? "?"})");
                context.Console.Write(ProfileView.Create(stored.Document));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Get(CommandRunner runner)
    {
        var kind = KindSymbols.Argument();
        var id = KindSymbols.Id();
        var command = new Command("get", "Show a profile") { kind, id };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var stored = await context.Client.GetDocumentAsync(parse.GetValue(kind), parse.GetValue(id)!, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(stored.Document);
            }
            else
            {
                context.Console.Write(ProfileView.Create(stored.Document));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CommandRunner runner)
    {
        var kind = KindSymbols.Option("Only this kind");
        var theme = new Option<string>("--theme") { Description = "Only actors on this theme or its sub-themes" };
        var province = new Option<string>("--province") { Description = "Only actors in this province (e.g. BS)" };
        var query = new Option<string>("--query", "-q") { Description = "Free text matched against name, description, offers and needs" };
        var page = new Option<int?>("--page") { Description = "Page number, from 1" };
        var pageSize = new Option<int?>("--page-size") { Description = "Items a page, 1 to 200 (default 20)" };
        var command = new Command("list", "List profiles, filtered and paged") { kind, theme, province, query, page, pageSize };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var filter = new ProfileQuery(parse.GetValue(kind), parse.GetValue(theme), parse.GetValue(province), parse.GetValue(query), parse.GetValue(page), parse.GetValue(pageSize));
            if (filter.Page is < 1)
            {
                throw new UsageException("--page must be 1 or more");
            }

            if (filter.PageSize is < 1 or > 200)
            {
                throw new UsageException("--page-size must be between 1 and 200");
            }

            var result = await context.Client.ListAsync(filter, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(result);
            }
            else
            {
                context.Console.Write(ActorTable.Create(null, result.Items));
                var size = filter.PageSize ?? 20;
                var pages = Math.Max(1, (result.Total + size - 1) / size);
                context.Console.WriteLine($"page {filter.Page ?? 1} of {pages}, {result.Total} profiles in all");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Confirm(CommandRunner runner)
    {
        var kind = KindSymbols.Argument();
        var id = KindSymbols.Id();
        var command = new Command("confirm", "Confirm a profile is still true, unchanged: fresh again (its member, admins)") { kind, id };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var answer = await context.Client.ConfirmProfileAsync(parse.GetValue(kind), parse.GetValue(id)!, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(answer);
            }
            else
            {
                context.Console.WriteLine($"confirmed {parse.GetValue(kind).Name()} {parse.GetValue(id)}; stale again from {Nodes.Text(answer["staleFrom"])}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Stale(CommandRunner runner)
    {
        var command = new Command("stale", "Profiles not confirmed for long, oldest first: stale ones rank lower, expired ones are not suggested (admins)");
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var answer = await context.Client.StaleProfilesAsync(cancellationToken);
            if (context.Json)
            {
                context.WriteJson(answer);
                return ExitCodes.Ok;
            }

            var items = (answer["items"] as JsonArray ?? []).OfType<JsonObject>().ToList();
            var table = Cells.Table(null, "Kind", "Id", "Name", "Last confirmed", "Status", "Expires");
            foreach (var item in items)
            {
                table.AddRow(Cells.Of(Nodes.Text(item["kind"]), Nodes.Text(item["id"]), Nodes.Text(item["name"]), Day(item["updatedAt"]), Nodes.Text(item["status"]), Day(item["expiresAt"])));
            }

            context.Console.Write(table);
            context.Console.WriteLine($"{items.Count} profiles to confirm");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Day(JsonNode? at) => Nodes.Text(at) is { Length: >= 10 } text ? text[..10] : Nodes.Text(at);

    private static Command Delete(CommandRunner runner)
    {
        var kind = KindSymbols.Argument();
        var id = KindSymbols.Id();
        var command = new Command("delete", "Delete a profile") { kind, id };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var actorKind = parse.GetValue(kind);
            var actorId = parse.GetValue(id)!;
            await context.Client.DeleteAsync(actorKind, actorId, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(new JsonObject { ["kind"] = actorKind.Name(), ["id"] = actorId, ["deleted"] = true });
            }
            else
            {
                context.Console.WriteLine($"deleted {actorKind.Name()} {actorId}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<JsonObject> ReadDocumentAsync(string path, CliIO io, CancellationToken cancellationToken)
    {
        var text = path == "-" ? await io.In.ReadToEndAsync(cancellationToken) : await File.ReadAllTextAsync(path, cancellationToken);
        var source = path == "-" ? "standard input" : path;
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw new UsageException($"{source} does not hold a JSON object");
        }
        catch (JsonException e)
        {
            throw new UsageException($"{source} is not valid JSON: {e.Message}", e);
        }
    }
}
