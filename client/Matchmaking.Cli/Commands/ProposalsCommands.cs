using System.CommandLine;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Cli.Output;
using Spectre.Console;

namespace Matchmaking.Cli.Commands;

/// <summary>
/// <c>proposals list &lt;coach&gt;|show &lt;id&gt;|for &lt;kind&gt; &lt;id&gt;|submit|accept|decline|start|drop</c>: a coach's portfolio,
/// a member's proposals, and each proposal's life (draft → proposed → accepted/declined → started or dropped).
/// </summary>
public static class ProposalsCommands
{
    public static Command Create(CommandRunner runner)
    {
        var proposals = new Command("proposals", "Innovation project proposals: portfolio, member view, accept, decline, start, drop");
        proposals.Subcommands.Add(List(runner));
        proposals.Subcommands.Add(Show(runner));
        proposals.Subcommands.Add(For(runner));
        proposals.Subcommands.Add(Transition(runner, "submit", "Send a draft to its members (draft → proposed)", (client, id, _, ct) => client.SubmitProposalAsync(id, ct)));
        proposals.Subcommands.Add(Decide(runner, FeedbackDecision.Accept));
        proposals.Subcommands.Add(Decide(runner, FeedbackDecision.Decline));
        proposals.Subcommands.Add(Transition(runner, "start", "Start an accepted proposal: its members become collaborators", (client, id, _, ct) => client.StartProposalAsync(id, ct)));
        proposals.Subcommands.Add(Transition(runner, "drop", "Drop a proposal, with an optional --reason", (client, id, reason, ct) => client.DropProposalAsync(id, reason, ct), withReason: true));
        return proposals;
    }

    private static Command List(CommandRunner runner)
    {
        var coach = new Argument<string>("coach") { Description = "The coach's id" };
        var status = new Option<string?>("--status") { Description = "Only proposals in this state: draft, proposed, accepted, declined, started, dropped" };
        var command = new Command("list", "A coach's portfolio, newest first") { coach, status };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            ProposalStatus? wanted = null;
            if (parse.GetValue(status) is { } text)
            {
                wanted = EnumNames<ProposalStatus>.TryParse(text, out var parsed)
                    ? parsed
                    : throw new UsageException($"--status '{text}' is not one of: {EnumNames<ProposalStatus>.List}");
            }

            var result = await context.Client.GetPortfolioAsync(parse.GetValue(coach)!, wanted, cancellationToken);
            return Print(context, result, $"Portfolio of coach {parse.GetValue(coach)}");
        });
        return command;
    }

    private static Command Show(CommandRunner runner)
    {
        var id = new Argument<string>("id") { Description = "The proposal's id" };
        var lang = new Option<string?>("--lang") { Description = "it or en: the language of title and objective" };
        var command = new Command("show", "A proposal in full: draft, team and decisions, reasons, calls, history") { id, lang };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var proposal = await context.Client.GetProposalAsync(parse.GetValue(id)!, parse.GetValue(lang), cancellationToken);
            return Print(context, proposal);
        });
        return command;
    }

    private static Command For(CommandRunner runner)
    {
        var kind = KindSymbols.Argument();
        var id = KindSymbols.Id();
        var command = new Command("for", "The proposals that name an actor (drafts not included)") { kind, id };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var result = await context.Client.GetMemberProposalsAsync(parse.GetValue(kind), parse.GetValue(id)!, cancellationToken);
            return Print(context, result, $"Proposals naming {parse.GetValue(kind).ToString().ToLowerInvariant()}/{parse.GetValue(id)}");
        });
        return command;
    }

    private static Command Decide(CommandRunner runner, FeedbackDecision decision)
    {
        var name = decision == FeedbackDecision.Accept ? "accept" : "decline";
        var id = new Argument<string>("id") { Description = "The proposal's id" };
        var member = new Option<string>("--member", "-m") { Description = "The member deciding, as kind/id", Required = true };
        var reason = new Option<string?>("--reason") { Description = "Why, in the member's own words (optional)" };
        var command = new Command(name, $"A member {name}s a proposed proposal that names it") { id, member, reason };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var actor = ActorRefParser.Parse(parse.GetValue(member)!, "--member");
            var proposal = await context.Client.DecideAsync(parse.GetValue(id)!, new ProposalDecision(actor, decision, parse.GetValue(reason)), cancellationToken);
            if (context.Json)
            {
                context.WriteJson(proposal);
            }
            else
            {
                var done = decision == FeedbackDecision.Accept ? "accepted" : "declined";
                context.Console.WriteLine($"{actor} {done} {proposal.Id}: the proposal is {proposal.Status.ToString().ToLowerInvariant()}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Transition(
        CommandRunner runner,
        string name,
        string description,
        Func<Client.MatchmakingClient, string, string?, CancellationToken, Task<Proposal>> call,
        bool withReason = false)
    {
        var id = new Argument<string>("id") { Description = "The proposal's id" };
        var reason = new Option<string?>("--reason") { Description = "Why (optional)" };
        var command = new Command(name, description) { id };
        if (withReason)
        {
            command.Options.Add(reason);
        }

        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var proposal = await call(context.Client, parse.GetValue(id)!, withReason ? parse.GetValue(reason) : null, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(proposal);
            }
            else
            {
                context.Console.WriteLine($"{proposal.Id} is {proposal.Status.ToString().ToLowerInvariant()}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static int Print(CommandContext context, ProposalList list, string title)
    {
        if (context.Json)
        {
            context.WriteJson(list);
            return ExitCodes.Ok;
        }

        context.Console.Write(ProposalTable.Create(title, list.Items));
        context.Console.WriteLine(list.Items.Count == 0 ? "no proposals" : $"{list.Items.Count} proposals");
        return ExitCodes.Ok;
    }

    private static int Print(CommandContext context, Proposal proposal)
    {
        if (context.Json)
        {
            context.WriteJson(proposal);
        }
        else
        {
            ProposalTable.Write(context.Console, proposal);
        }

        return ExitCodes.Ok;
    }
}
