using System.CommandLine;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Cli.Output;
using Matchmaking.Client;
using Spectre.Console;

namespace Matchmaking.Cli.Commands;

/// <summary><c>suggest &lt;kind&gt; &lt;id&gt;</c> (partners for an actor) or <c>suggest --brief "…"</c> (partners for a need or idea).</summary>
public static class SuggestCommand
{
    public static Command Create(CommandRunner runner)
    {
        var kind = new Argument<string?>("kind") { Description = "company, startup or researcher (plurals accepted); leave out with --brief", Arity = ArgumentArity.ZeroOrOne };
        var id = new Argument<string?>("id") { Description = "The actor's id; leave out with --brief", Arity = ArgumentArity.ZeroOrOne };
        var brief = new Option<string?>("--brief", "-b") { Description = "A need or idea in free text (Italian or English), instead of an actor" };
        var target = new Option<string[]>("--target", "-t")
        {
            Description = "Only these kinds: company, startup, researcher (repeat or comma-separate; default all)",
            AllowMultipleArgumentsPerToken = true,
        };
        var top = new Option<int?>("--top", "-n") { Description = $"How many suggestions, 1 to {SuggestionRequest.MaxTop} (default {SuggestionRequest.DefaultTop})" };
        var theme = new Option<string?>("--theme") { Description = "Only actors on this theme or its sub-themes" };
        var province = new Option<string?>("--province") { Description = "Only actors in this province (e.g. BS)" };
        var fresh = new Option<bool>("--new") { Description = "Leave out the actor's existing collaborators" };
        var command = new Command("suggest", "Partners for an actor, or for a brief, with score and reasons") { kind, id, brief, target, top, theme, province, fresh };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var options = new SuggestionOptions(
                Targets(parse.GetValue(target)),
                Top(parse.GetValue(top)),
                parse.GetValue(theme),
                parse.GetValue(province),
                parse.GetValue(fresh));
            var (actor, briefText) = Subject(parse.GetValue(kind), parse.GetValue(id), parse.GetValue(brief), options);
            var result = actor is null
                ? await context.Client.SuggestForBriefAsync(briefText!, options, cancellationToken)
                : await context.Client.GetSuggestionsAsync(actor.Kind, actor.Id, options, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(result);
                return ExitCodes.Ok;
            }

            var title = actor is null ? "Suggestions for the brief" : $"Suggestions for {actor}";
            context.Console.Write(SuggestionTable.Create(title, result.Items));
            context.Console.WriteLine(result.Items.Count == 0 ? "no suggestions" : $"{result.Items.Count} suggestions");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static (ActorRef? Actor, string? Brief) Subject(string? kind, string? id, string? brief, SuggestionOptions options)
    {
        if (brief is not null)
        {
            if (kind is not null)
            {
                throw new UsageException("give either <kind> <id> or --brief, not both");
            }

            if (string.IsNullOrWhiteSpace(brief))
            {
                throw new UsageException("--brief needs some text: a need or an idea");
            }

            if (options.NewPartnersOnly)
            {
                throw new UsageException("--new needs an actor (a brief has no partners)");
            }

            return (null, brief);
        }

        if (kind is null || id is null)
        {
            throw new UsageException("give <kind> <id> of an actor, or --brief \"text\"");
        }

        return (new ActorRef(KindParser.Parse(kind), id), null);
    }

    private static List<ActorKind>? Targets(string[]? values)
    {
        var kinds = (values ?? [])
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(KindParser.Parse)
            .Distinct()
            .ToList();
        return kinds.Count == 0 ? null : kinds;
    }

    private static int? Top(int? top) => top is < 1 or > SuggestionRequest.MaxTop
        ? throw new UsageException($"--top must be between 1 and {SuggestionRequest.MaxTop}")
        : top;
}
