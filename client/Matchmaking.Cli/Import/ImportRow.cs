using System.Text.Json.Nodes;

namespace Matchmaking.Cli.Import;

/// <summary>
/// One row of an import file: its 1-based <see cref="Number"/> (CSV: the line the record starts on; JSON: index + 1),
/// the document to send, or the errors that keep it from being sent (field → messages) and what could be read of it.
/// </summary>
public sealed record ImportRow(int Number, string? Id, string? Kind, JsonObject? Document, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Document is not null && Errors.Count == 0;

    public static ImportRow Valid(int number, string id, string kind, JsonObject document) => new(number, id, kind, document, new Dictionary<string, string[]>());

    /// <summary>
    /// A row that will not be sent; <paramref name="partial"/>, when given, is what could be read of it (the cells that
    /// parsed), for the silo to check so that every problem of the row is reported, not only the ones found here.
    /// </summary>
    public static ImportRow Invalid(int number, string? id, string? kind, IReadOnlyDictionary<string, string[]> errors, JsonObject? partial = null) =>
        new(number, id, kind, partial, errors);
}
