namespace Matchmaking.Cli.Import;

/// <summary>What an import did, with every failed row (those refused locally and those the silo refused) by its row number.</summary>
public sealed record ImportOutcome(int Created, int Updated, int Unchanged, int Failed, IReadOnlyList<RowFailure> Errors);

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
