using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;
using Matchmaking.Abstractions.Errors;

namespace Matchmaking.Silo.Http;

/// <summary>
/// Reads a request body as a JSON object — the one way every endpoint reads a body: JSON by its content type (else
/// 415), within a size limit (else 413), text that passes <see cref="JsonText"/> (else 400 naming the field), with
/// errors a person can act on. Records are then read from the object by <see cref="StrictBodies"/>.
/// </summary>
public static class JsonBody
{
    /// <summary>Limit of a single profile document.</summary>
    public const int ProfileLimit = 256 * 1024;

    /// <summary>Limit of a suggestion brief or a feedback: room for the longest brief read, even escaped.</summary>
    public const int BriefLimit = 256 * 1024;

    /// <summary>Limit of a bulk import request.</summary>
    public const int ImportLimit = 32 * 1024 * 1024;

    private const int MaxDepth = 32;

    /// <summary>
    /// The body as a JSON object. Throws <see cref="UnsupportedMediaTypeException"/> when it is not sent as JSON,
    /// <see cref="PayloadTooLargeException"/> past <paramref name="maxBytes"/> and <see cref="ValidationFailedException"/>
    /// when it is not an acceptable JSON object.
    /// </summary>
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireJson(request);
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

        var text = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (JsonText.Problem(text, MaxDepth) is var (field, message))
        {
            throw Invalid(field, message);
        }

        var node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = MaxDepth });
        return node as JsonObject ?? throw Invalid("$", "The body must be a JSON object.");
    }

    // application/json or any application/*+json, in UTF-8 (the only encoding JSON may be exchanged in, RFC 8259).
    private static void RequireJson(HttpRequest request)
    {
        var given = request.ContentType;
        if (!MediaTypeHeaderValue.TryParse(given, out var type)
            || !(type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || (type.Type.Equals("application", StringComparison.OrdinalIgnoreCase) && type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)))
            || (type.Charset.HasValue && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            throw new UnsupportedMediaTypeException(string.IsNullOrWhiteSpace(given) ? null : given);
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

/// <summary>A request body not sent as JSON (415): <see cref="Given"/> is its content type, null when it had none.</summary>
public sealed class UnsupportedMediaTypeException(string? given)
    : Exception(given is null
        ? "The body has no Content-Type; send it as application/json."
        : $"The body is sent as '{given}'; send it as application/json (UTF-8).")
{
    public string? Given { get; } = given;
}
