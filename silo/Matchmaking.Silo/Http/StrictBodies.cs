using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Json;

namespace Matchmaking.Silo.Http;

/// <summary>
/// Reads a record from a JSON body (as <see cref="JsonBody"/> gave it) strictly: unknown fields, wrongly typed
/// values and anything but a name for an enumeration are field errors (<see cref="ValidationFailedException"/>).
/// Every typed body of the API is read here: profile documents, calls, briefs, decisions, reasons.
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

    /// <summary>The JSON names of <typeparamref name="T"/>'s fields (case aside, as they are read).</summary>
    public static HashSet<string> FieldsOf<T>() =>
        new(((JsonTypeInfo)Options.GetTypeInfo(typeof(T))).Properties.Select(p => p.Name), StringComparer.OrdinalIgnoreCase);

    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$"
        : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..]
        : path.TrimStart('$');

    private static string Describe(JsonException e, string what) =>
        e.Data[EnumNameConverter.AllowedKey] is string names ? $"Use one of the names: {names}."
        : e.Message.Contains("could not be mapped", StringComparison.Ordinal) ? $"Unknown field for {what}."
        : "The value has the wrong type or format for this field.";

    private static JsonSerializerOptions Create()
    {
        var options = MatchmakingJson.Create();
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
