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

    /// <summary>
    /// Reads <paramref name="body"/> reporting every field that cannot be read, not only the first: each such field is
    /// named in <paramref name="errors"/> and left out, and the rest read again. Returns the record of the readable
    /// fields (so the rules can still be checked on them), or null when even that cannot be had.
    /// </summary>
    public static T? ReadAll<T>(JsonObject body, string what, IDictionary<string, string[]> errors)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(errors);
        var remaining = body.DeepClone().AsObject();
        for (var attempts = body.Count + 1; attempts > 0; attempts--)
        {
            try
            {
                return remaining.Deserialize<T>(Options);
            }
            catch (JsonException e)
            {
                var field = FieldOf(e.Path);
                errors[field] = [Describe(e, what)];
                var top = TopField(field);
                var key = remaining.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, top, StringComparison.OrdinalIgnoreCase));
                if (key is null)
                {
                    return null;
                }

                remaining.Remove(key);
            }
        }

        return null;
    }

    /// <summary>The top-level field of a path: <c>location</c> of <c>location.province</c>, <c>themes</c> of <c>themes[0]</c>.</summary>
    public static string TopField(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
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
