using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Json;

namespace Matchmaking.Silo.Http;

/// <summary>
/// Reads a JSON body into a record strictly: unknown fields and wrongly typed values are field errors
/// (<see cref="ValidationFailedException"/>), as profile documents are read.
/// </summary>
public static class StrictBodies
{
    private static readonly JsonSerializerOptions Options = Create();

    /// <summary>The record in <paramref name="body"/>; <paramref name="what"/> names it in messages ("a brief").</summary>
    public static T Read<T>(JsonNode body, string what)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return body.Deserialize<T>(Options)
                ?? throw new ValidationFailedException(new Dictionary<string, string[]> { ["$"] = [$"Send {what} as a JSON object."] });
        }
        catch (JsonException e)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { [FieldOf(e.Path)] = [Describe(e, what)] });
        }
    }

    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$"
        : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..]
        : path.TrimStart('$');

    private static string Describe(JsonException e, string what) =>
        e.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? $"Unknown field for {what}."
            : "The value has the wrong type or format for this field.";

    private static JsonSerializerOptions Create()
    {
        var options = MatchmakingJson.Create();
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
