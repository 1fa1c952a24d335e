namespace Matchmaking.Client;

/// <summary>An RFC 9457 problem details body as the silo sends it; <see cref="Errors"/> maps field paths to messages.</summary>
public sealed record ApiProblem(
    string? Type,
    string? Title,
    int? Status,
    string? Detail,
    IReadOnlyDictionary<string, string[]>? Errors)
{
    /// <summary>The field errors compactly on one line: <c>name: required; themes[0]: unknown theme</c>.</summary>
    public string FieldErrorsText() => Errors is null || Errors.Count == 0
        ? ""
        : string.Join("; ", Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
}
