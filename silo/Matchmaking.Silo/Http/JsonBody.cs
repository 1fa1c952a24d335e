using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Errors;

namespace Matchmaking.Silo.Http;

/// <summary>Reads a request body as a JSON object, within a size limit, with errors a person can act on.</summary>
public static class JsonBody
{
    /// <summary>Limit of a single profile document.</summary>
    public const int ProfileLimit = 256 * 1024;

    /// <summary>Limit of a suggestion brief or a feedback: room for the longest brief read, even escaped.</summary>
    public const int BriefLimit = 256 * 1024;

    /// <summary>Limit of a bulk import request.</summary>
    public const int ImportLimit = 32 * 1024 * 1024;

    /// <summary>
    /// The body as a JSON object. Throws <see cref="PayloadTooLargeException"/> past <paramref name="maxBytes"/>
    /// and <see cref="ValidationFailedException"/> when it is not a JSON object.
    /// </summary>
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw new PayloadTooLargeException(maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new PayloadTooLargeException(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            throw Invalid("$", "A JSON object is required in the body.");
        }

        try
        {
            var node = JsonNode.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length).Span, documentOptions: new JsonDocumentOptions { MaxDepth = 32 });
            return node as JsonObject ?? throw Invalid("$", "The body must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw Invalid("$", $"The body is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}).");
        }
    }

    private static ValidationFailedException Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>A request body over its limit (413).</summary>
public sealed class PayloadTooLargeException(int limit)
    : Exception($"The body is larger than the limit of {limit / 1024} KiB.")
{
    public int Limit { get; } = limit;
}
