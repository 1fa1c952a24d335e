using System.CommandLine;
using Matchmaking.Abstractions.Coaches;
using Matchmaking.Cli.Output;
using Spectre.Console;

namespace Matchmaking.Cli.Commands;

/// <summary>
/// <c>propose &lt;coach&gt; [--theme t]… [--need "…"] [--anchor kind/id] [--region R] [--top N] [--require roles]
/// [--optional roles] [--exclude-role roles] [--include kind/id]… [--exclude kind/id]… [--max-size N] [--lang it|en]</c>:
/// project teams for a brief, stored as draft proposals in the coach's portfolio.
/// </summary>
public static class ProposeCommand
{
    public static Command Create(CommandRunner runner)
    {
        var coach = new Argument<string>("coach") { Description = "The coach's id (a lowercase slug, e.g. csmt-tutor)" };
        var theme = List("--theme", "Theme ids the project is about (repeat or comma-separate)");
        var need = new Option<string?>("--need") { Description = "The need or project idea in free text (Italian or English)" };
        var anchor = new Option<string?>("--anchor") { Description = "An actor every team is built around, as kind/id" };
        var region = new Option<string?>("--region") { Description = "Members only from this region or province (e.g. Lombardia, BS)" };
        var top = new Option<int?>("--top", "-n") { Description = $"How many proposals, 1 to {ProjectBrief.MaxTop} (default {ProjectBrief.DefaultTop})" };
        var require = List("--require", "Roles every team fills: company, research, startup, supplier (default company,research)");
        var optional = List("--optional", "Roles a team may fill (default startup)");
        var excludeRole = List("--exclude-role", "Roles no team may have");
        var include = List("--include", "Actors every team includes, as kind/id");
        var exclude = List("--exclude", "Actors no team includes, as kind/id");
        var maxSize = new Option<int?>("--max-size") { Description = "The largest team (members)" };
        var lang = new Option<string?>("--lang") { Description = "Language of titles and objectives: it or en (default: the need's)" };
        var command = new Command("propose", "Project teams for a coach's brief, with reasons, a draft and matching calls")
        {
            coach, theme, need, anchor, region, top, require, optional, excludeRole, include, exclude, maxSize, lang,
        };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var brief = new ProjectBrief
            {
                Themes = Split(parse.GetValue(theme)),
                Need = parse.GetValue(need),
                Anchor = parse.GetValue(anchor) is { } a ? ActorRefParser.Parse(a, "--anchor") : null,
                Region = parse.GetValue(region),
                Top = parse.GetValue(top) ?? ProjectBrief.DefaultTop,
                Required = NullIfEmpty(Split(parse.GetValue(require))),
                Optional = NullIfEmpty(Split(parse.GetValue(optional))),
                ExcludedRoles = Split(parse.GetValue(excludeRole)),
                Include = ActorRefParser.ParseAll(parse.GetValue(include), "--include"),
                Exclude = ActorRefParser.ParseAll(parse.GetValue(exclude), "--exclude"),
                MaxTeamSize = parse.GetValue(maxSize),
                Lang = parse.GetValue(lang),
            };
            if (brief.Themes.Count == 0 && string.IsNullOrWhiteSpace(brief.Need) && brief.Anchor is null)
            {
                throw new UsageException("give at least one of --theme, --need or --anchor");
            }

            if (brief.Top is < 1 or > ProjectBrief.MaxTop)
            {
                throw new UsageException($"--top must be between 1 and {ProjectBrief.MaxTop}");
            }

            var result = await context.Client.ProposeAsync(parse.GetValue(coach)!, brief, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(result);
                return ExitCodes.Ok;
            }

            context.Console.Write(ProposalTable.Create($"Proposals for coach {parse.GetValue(coach)}", result.Items));
            context.Console.WriteLine(result.Items.Count == 0 ? "no proposals" : $"{result.Items.Count} draft proposals (see 'proposals show <id>')");
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static Option<string[]> List(string name, string description) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = true,
    };

    internal static List<string> Split(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private static List<string>? NullIfEmpty(List<string> values) => values.Count == 0 ? null : values;
}
