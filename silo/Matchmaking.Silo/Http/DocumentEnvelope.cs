using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Errors;

namespace Matchmaking.Silo.Http;

/// <summary>
/// The fields of a written document that belong to the record, without its envelope (what the API adds when it
/// answers: <c>id</c>, <c>version</c>, totals…), so that a document read with GET can be sent back with PUT. An
/// <c>id</c> in the body must be the URL's.
/// </summary>
public static class DocumentEnvelope
{
    /// <summary>The record's fields of <paramref name="document"/>; throws <see cref="ValidationFailedException"/> for an id not the URL's.</summary>
    public static JsonObject Fields(JsonObject document, string id, IReadOnlyCollection<string> envelope)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fields = new JsonObject();
        foreach (var (name, value) in document)
        {
            if (string.Equals(name, "id", StringComparison.OrdinalIgnoreCase))
            {
                if (value is not JsonValue v || !v.TryGetValue<string>(out var text) || text != id)
                {
                    throw new ValidationFailedException(new Dictionary<string, string[]> { ["id"] = [$"The body's id must be the URL's ('{id}') or be left out."] });
                }
            }
            else if (!envelope.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                fields[name] = value?.DeepClone();
            }
        }

        return fields;
    }
}
