using Spectre.Console;
using Spectre.Console.Rendering;

namespace Matchmaking.Cli.Output;

/// <summary>Table cells as plain text: profile texts may hold <c>[brackets]</c> that Spectre would read as markup.</summary>
public static class Cells
{
    public static IRenderable[] Of(params string?[] values) => [.. values.Select(v => new Text(v ?? ""))];

    public static Table Table(string? title, params string[] columns)
    {
        var table = new Table { Border = TableBorder.Rounded };
        if (title is not null)
        {
            table.Title = new TableTitle(Markup.Escape(title));
        }

        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        return table;
    }
}
