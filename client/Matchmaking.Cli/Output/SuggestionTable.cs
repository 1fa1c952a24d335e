using System.Globalization;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Suggestions;
using Spectre.Console;

namespace Matchmaking.Cli.Output;

/// <summary>Suggestions as a table: rank, who, score and the reasons that moved the score most.</summary>
public static class SuggestionTable
{
    /// <summary>How many reasons a row shows; <c>--json</c> has them all.</summary>
    public const int ReasonsShown = 3;

    public static Table Create(string? title, IEnumerable<SuggestionItem> items)
    {
        var table = Cells.Table(title, "#", "Kind", "Id", "Name", "Score", "Why");
        var rank = 0;
        foreach (var item in items)
        {
            var why = string.Join('\n', item.Reasons.Take(ReasonsShown).Select(r => $"{r.Evidence} ({r.Factor} +{Number(r.Contribution)})"));
            table.AddRow(Cells.Of($"{++rank}", item.Kind.Name(), item.Id, item.Name, Number(item.Score), why));
        }

        return table;
    }

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
