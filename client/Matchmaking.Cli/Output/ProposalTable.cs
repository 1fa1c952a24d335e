using System.Globalization;
using Matchmaking.Abstractions.Calls;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Text;
using Spectre.Console;

namespace Matchmaking.Cli.Output;

/// <summary>Proposals as a table (id, status, score, title, team, calls) and one proposal in full.</summary>
public static class ProposalTable
{
    /// <summary>How many reasons a proposal shows in full; <c>--json</c> has them all.</summary>
    public const int ReasonsShown = 3;

    public static Table Create(string? title, IEnumerable<Proposal> proposals)
    {
        var table = Cells.Table(title, "#", "Id", "Status", "Score", "Title", "Team", "Calls");
        var rank = 0;
        foreach (var proposal in proposals)
        {
            table.AddRow(Cells.Of(
                $"{++rank}",
                proposal.Id,
                Status(proposal.Status),
                Number(proposal.Score),
                proposal.Title,
                Team(proposal),
                string.Join('\n', proposal.Calls.Select(c => c.Id))));
        }

        return table;
    }

    /// <summary>A proposal in full: draft, team with decisions, reasons, calls, history.</summary>
    public static void Write(IAnsiConsole console, Proposal proposal)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(proposal);
        console.WriteLine($"{proposal.Id} ({Status(proposal.Status)}, score {Number(proposal.Score)}, coach {proposal.Coach})");
        console.WriteLine(proposal.Title);
        console.WriteLine(proposal.Objective);
        if (proposal.Themes.Count > 0)
        {
            console.WriteLine($"themes: {string.Join(", ", proposal.Themes)}");
        }

        var team = Cells.Table("Team", "Kind", "Id", "Name", "Role", "Decision", "Reason");
        foreach (var member in proposal.Members)
        {
            team.AddRow(Cells.Of(member.Kind.ToString().ToLowerInvariant(), member.Id, member.Name, member.Role, member.Decision?.ToString().ToLowerInvariant() ?? "-", member.Reason));
        }

        console.Write(team);
        var reasons = Cells.Table("Why", "Factor", "Contribution", "Evidence");
        foreach (var reason in proposal.Reasons.Take(ReasonsShown))
        {
            reasons.AddRow(Cells.Of(reason.Factor, Number(reason.Contribution), reason.Evidence));
        }

        console.Write(reasons);
        if (proposal.Calls.Count > 0)
        {
            console.Write(Calls(proposal.Calls, proposal.Lang));
        }

        foreach (var step in proposal.History)
        {
            var by = step.By is null ? "" : $" by {step.By}";
            var why = step.Reason is null ? "" : $": {step.Reason}";
            console.WriteLine($"{step.At:yyyy-MM-dd HH:mm} {step.Action}{by}{why}");
        }
    }

    private static Table Calls(IEnumerable<CallMatch> calls, string language)
    {
        var table = Cells.Table("Calls", "Id", "Title", "Deadline", "Fit", "Why");
        foreach (var call in calls)
        {
            table.AddRow(Cells.Of(call.Id, call.Title, call.Deadline is { } deadline ? LocalFormat.Date(deadline, language) : null, Number(call.Fit), call.Evidence));
        }

        return table;
    }

    private static string Team(Proposal proposal) =>
        string.Join('\n', proposal.Members.Select(m => $"{m.Role}: {m.Name} ({m.Kind.ToString().ToLowerInvariant()}/{m.Id})" + (m.Decision is { } d ? $" [{d.ToString().ToLowerInvariant()}]" : "")));

    private static string Status(ProposalStatus status) => status.ToString().ToLowerInvariant();

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
