using System.CommandLine;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Relations;
using Spectre.Console;

namespace Matchmaking.Cli.Commands;

/// <summary><c>feedback &lt;kind&gt; &lt;id&gt; --target &lt;kind&gt;/&lt;id&gt; --accept|--decline [--reason "…"]</c>.</summary>
public static class FeedbackCommand
{
    public static Command Create(CommandRunner runner)
    {
        var kind = KindSymbols.Argument();
        var id = KindSymbols.Id();
        var target = new Option<string>("--target", "-t") { Description = "The suggested actor as kind/id, e.g. startup/visione", Required = true };
        var accept = new Option<bool>("--accept") { Description = "Accept: the two become collaborators (on both sides)" };
        var decline = new Option<bool>("--decline") { Description = "Decline: never suggest this actor to me again" };
        var reason = new Option<string?>("--reason") { Description = "Why, in your own words (optional)" };
        var command = new Command("feedback", "Accept or decline a suggested actor") { kind, id, target, accept, decline, reason };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var decision = (parse.GetValue(accept), parse.GetValue(decline)) switch
            {
                (true, false) => FeedbackDecision.Accept,
                (false, true) => FeedbackDecision.Decline,
                _ => throw new UsageException("give exactly one of --accept or --decline"),
            };
            var actor = new ActorRef(parse.GetValue(kind), parse.GetValue(id)!);
            var feedback = new Feedback(ParseTarget(parse.GetValue(target)!), decision, parse.GetValue(reason));
            var record = await context.Client.SendFeedbackAsync(actor.Kind, actor.Id, feedback, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(record);
            }
            else if (decision == FeedbackDecision.Accept)
            {
                context.Console.WriteLine($"{actor} accepted {record.Target}: now collaborators on both sides");
            }
            else
            {
                context.Console.WriteLine($"{actor} declined {record.Target}: it will not be suggested again");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static ActorRef ParseTarget(string text)
    {
        var parts = text.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[1].Length == 0)
        {
            throw new UsageException($"--target '{text}' is not kind/id (e.g. startup/visione)");
        }

        return new ActorRef(KindParser.Parse(parts[0]), parts[1]);
    }
}
