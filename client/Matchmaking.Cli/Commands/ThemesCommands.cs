using System.CommandLine;
using Matchmaking.Cli.Output;
using Spectre.Console;

namespace Matchmaking.Cli.Commands;

/// <summary><c>themes list|show</c>.</summary>
public static class ThemesCommands
{
    public static Command Create(CommandRunner runner)
    {
        var themes = new Command("themes", "The technology themes and who offers and seeks them");
        themes.Subcommands.Add(List(runner));
        themes.Subcommands.Add(Show(runner));
        themes.Subcommands.Add(ThemeGapsCommand.Create(runner));
        return themes;
    }

    private static Command List(CommandRunner runner)
    {
        var command = new Command("list", "Every theme with how many actors offer and seek it");
        runner.SetAction(command, async (_, context, cancellationToken) =>
        {
            var themes = await context.Client.ListThemesAsync(cancellationToken);
            if (context.Json)
            {
                context.WriteJson(themes);
                return ExitCodes.Ok;
            }

            var table = Cells.Table(null, "Id", "Italiano", "English", "Parent", "Offerers", "Seekers");
            foreach (var theme in themes.Items)
            {
                table.AddRow(Cells.Of(theme.Id, theme.LabelIt, theme.LabelEn, theme.Parent, $"{theme.Offerers}", $"{theme.Seekers}"));
            }

            context.Console.Write(table);
            context.Console.WriteLine($"{themes.Total} themes");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CommandRunner runner)
    {
        var id = new Argument<string>("id") { Description = "The theme's id, e.g. predictive-maintenance" };
        var command = new Command("show", "A theme and the actors that offer and seek it") { id };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var theme = await context.Client.GetThemeAsync(parse.GetValue(id)!, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(theme);
                return ExitCodes.Ok;
            }

            context.Console.WriteLine($"{theme.Id}: {theme.LabelIt} / {theme.LabelEn}");
            if (theme.Parent is not null)
            {
                context.Console.WriteLine($"parent: {theme.Parent}");
            }

            if (theme.Children is { Count: > 0 })
            {
                context.Console.WriteLine($"sub-themes: {string.Join(", ", theme.Children)}");
            }

            context.Console.Write(ActorTable.Create($"Offerers ({theme.Offerers.Count})", theme.Offerers));
            context.Console.Write(ActorTable.Create($"Seekers ({theme.Seekers.Count})", theme.Seekers));
            return ExitCodes.Ok;
        });
        return command;
    }
}
