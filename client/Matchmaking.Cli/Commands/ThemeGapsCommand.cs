using System.CommandLine;
using Matchmaking.Cli.Output;
using Spectre.Console;

namespace Matchmaking.Cli.Commands;

/// <summary><c>themes gaps [&lt;id&gt;] [--province BS]</c>: where demand is not met by anyone local.</summary>
public static class ThemeGapsCommand
{
    public static Command Create(CommandRunner runner)
    {
        var id = new Argument<string?>("id") { Description = "A theme's id; leave out to rank every theme", Arity = ArgumentArity.ZeroOrOne };
        var province = new Option<string?>("--province") { Description = "Only this province (e.g. BS)" };
        var top = new Option<int?>("--top", "-n") { Description = "How many themes when ranking, 1 to 100 (default 10)" };
        var command = new Command("gaps", "Seekers with few local offerers: one theme by province, or themes ranked by unmet demand") { id, province, top };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            if (parse.GetValue(id) is not { } theme)
            {
                var ranking = await context.Client.GetGapsAsync(parse.GetValue(province), parse.GetValue(top), cancellationToken);
                if (context.Json)
                {
                    context.WriteJson(new { items = ranking });
                    return ExitCodes.Ok;
                }

                var table = Cells.Table("Unmet demand", "Theme", "Italiano", "English", "Seekers", "Offerers", "Gap");
                foreach (var gap in ranking)
                {
                    table.AddRow(Cells.Of(gap.Id, gap.LabelIt, gap.LabelEn, $"{gap.Seekers}", $"{gap.LocalOfferers}", $"{gap.Gap}"));
                }

                context.Console.Write(table);
                return ExitCodes.Ok;
            }

            var gaps = await context.Client.GetThemeGapsAsync(theme, parse.GetValue(province), cancellationToken);
            if (context.Json)
            {
                context.WriteJson(gaps);
                return ExitCodes.Ok;
            }

            context.Console.WriteLine($"{gaps.Id}: {gaps.LabelIt} / {gaps.LabelEn} — {gaps.Offerers} offerers, {gaps.Seekers} seekers");
            var provinces = Cells.Table("By province", "Province", "Offerers", "Seekers", "Gap");
            foreach (var balance in gaps.Provinces)
            {
                provinces.AddRow(Cells.Of(balance.Province, $"{balance.Offerers}", $"{balance.Seekers}", $"{balance.Gap}"));
            }

            context.Console.Write(provinces);
            context.Console.Write(ActorTable.Create($"Seekers with no local offerer ({gaps.UnmetSeekers.Count})", gaps.UnmetSeekers));
            var connected = Cells.Table("Most connected", "Kind", "Id", "Name", "Province", "Partners");
            foreach (var actor in gaps.Connected)
            {
                connected.AddRow(Cells.Of(actor.Kind.ToString().ToLowerInvariant(), actor.Id, actor.Name, actor.Province, $"{actor.Partners}"));
            }

            context.Console.Write(connected);
            return ExitCodes.Ok;
        });
        return command;
    }
}
