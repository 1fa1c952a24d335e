using System.Text.Json.Serialization;

namespace Matchmaking.Cli.Import;

/// <summary>
/// What an import did, with every failed row (those refused locally and those the silo refused) by its row number,
/// and, when it stopped before the end, <see cref="Interruption"/>: what was acknowledged and what to send again.
/// </summary>
public sealed record ImportOutcome(int Created, int Updated, int Unchanged, int Failed, IReadOnlyList<RowFailure> Errors)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ImportInterruption? Interruption { get; init; }
}

/// <summary>Why one row of the file failed: field → messages.</summary>
public sealed record RowFailure(int Row, string? Id, string? Kind, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>One line: <c>row 4 (acme): employees: 'many' is not a whole number; name: required</c>.</summary>
    public override string ToString()
    {
        var fields = Errors.Count == 0 ? "failed" : string.Join("; ", Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
        return $"row {Row} ({Id ?? "no id"}): {fields}";
    }
}

/// <summary>A row of the file by its number (the line it starts on for CSV, index + 1 for JSON) and its actor.</summary>
public sealed record RowRef(int Row, string? Id, string? Kind);

/// <summary>
/// An import that stopped because a batch got no answer: <see cref="Acknowledged"/> of the <see cref="Total"/> valid
/// rows were answered by the silo (stored, unchanged or refused with a reason); <see cref="Resend"/> are the others,
/// which may or may not have been stored (the batch in flight) and are safe to send again.
/// </summary>
public sealed record ImportInterruption(int Acknowledged, int Total, IReadOnlyList<RowRef> Resend, [property: JsonIgnore] Exception Cause)
{
    /// <summary>The cause as one line, for people and for <c>--json</c>.</summary>
    public string Problem => CommandRunner.Describe(Cause).ReplaceLineEndings(" ");

    /// <summary>The rows to resend as compact ranges of row numbers: <c>5-9, 12</c>.</summary>
    public string Ranges()
    {
        var parts = new List<string>();
        var rows = Resend.Select(r => r.Row).Order().ToList();
        for (var i = 0; i < rows.Count;)
        {
            var j = i;
            while (j + 1 < rows.Count && rows[j + 1] == rows[j] + 1)
            {
                j++;
            }

            parts.Add(i == j ? $"{rows[i]}" : $"{rows[i]}-{rows[j]}");
            i = j + 1;
        }

        return string.Join(", ", parts);
    }
}
