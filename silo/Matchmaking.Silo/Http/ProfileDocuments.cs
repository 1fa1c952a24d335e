using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Silo.Http;

/// <summary>
/// The profile document of the API: the profile's fields plus <c>id</c>, <c>kind</c>, <c>version</c> and
/// <c>updatedAt</c>. Reading one is strict: unknown fields and wrongly typed values are field errors.
/// </summary>
public static class ProfileDocuments
{
    private static readonly string[] EnvelopeFields = ["id", "kind", "version", "updatedAt"];

    private static readonly JsonSerializerOptions StrictOptions = CreateStrictOptions();

    public static JsonObject ToDocument<TProfile>(ActorKind kind, string id, StoredProfile<TProfile> stored)
        where TProfile : ActorProfile
    {
        var document = new JsonObject
        {
            ["id"] = id,
            ["kind"] = kind.Name(),
            ["version"] = stored.Version,
            ["updatedAt"] = stored.UpdatedAt,
        };
        var fields = JsonSerializer.SerializeToNode(stored.Profile, MatchmakingJson.Options)!.AsObject();
        foreach (var (name, value) in fields.ToList())
        {
            fields.Remove(name);
            document[name] = value;
        }

        return document;
    }

    /// <summary>
    /// The profile in <paramref name="document"/>, for the actor <paramref name="kind"/>/<paramref name="id"/>;
    /// throws <see cref="ValidationFailedException"/> naming the fields that cannot be read.
    /// </summary>
    public static TProfile FromDocument<TProfile>(ActorKind kind, string id, JsonObject document)
        where TProfile : ActorProfile
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var fields = new JsonObject();
        var known = KnownFields<TProfile>();
        foreach (var (name, value) in document)
        {
            if (EnvelopeFields.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                CheckEnvelope(name, value, kind, id, errors);
            }
            else if (!known.Contains(name))
            {
                errors[name] = [$"Unknown field for a {kind.Name()}."];
            }
            else
            {
                fields[name] = value?.DeepClone();
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        try
        {
            return fields.Deserialize<TProfile>(StrictOptions)
                ?? throw new ValidationFailedException(new Dictionary<string, string[]> { ["$"] = ["A profile is a JSON object."] });
        }
        catch (JsonException e)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { [FieldOf(e.Path)] = [Describe(e)] });
        }
    }

    private static void CheckEnvelope(string name, JsonNode? value, ActorKind kind, string id, Dictionary<string, string[]> errors)
    {
        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (string.Equals(name, "id", StringComparison.OrdinalIgnoreCase) && text != id)
        {
            errors["id"] = [$"The body's id must be the URL's ('{id}') or be left out."];
        }
        else if (string.Equals(name, "kind", StringComparison.OrdinalIgnoreCase)
            && (!ActorKinds.TryParse(text, out var bodyKind) || bodyKind != kind))
        {
            errors["kind"] = [$"The body's kind must be '{kind.Name()}' or be left out."];
        }
    }

    private static HashSet<string> KnownFields<TProfile>()
    {
        var info = (JsonTypeInfo)StrictOptions.GetTypeInfo(typeof(TProfile));
        return new HashSet<string>(info.Properties.Select(p => p.Name), StringComparer.OrdinalIgnoreCase);
    }

    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "$";
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    private static string Describe(JsonException e) =>
        e.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? "Unknown field."
            : "The value has the wrong type or format for this field.";

    private static JsonSerializerOptions CreateStrictOptions()
    {
        var options = MatchmakingJson.Create();
        options.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
