using Matchmaking.Abstractions.Profiles;
using Spectre.Console;

namespace Matchmaking.Cli.Output;

/// <summary>A list of actor summaries as a table.</summary>
public static class ActorTable
{
    public static Table Create(string? title, IEnumerable<ActorSummary> actors)
    {
        var table = Cells.Table(title, "Kind", "Id", "Name", "Province", "Municipality", "Themes");
        foreach (var actor in actors)
        {
            table.AddRow(Cells.Of(actor.Kind.Name(), actor.Id, actor.Name, actor.Province, actor.Municipality, string.Join(", ", actor.Themes ?? [])));
        }

        return table;
    }
}
