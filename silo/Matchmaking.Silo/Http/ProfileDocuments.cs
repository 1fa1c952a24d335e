using System.Text.Json;
using System.Text.Json.Nodes;
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
        var known = StrictBodies.FieldsOf<TProfile>();
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

        return StrictBodies.Read<TProfile>(fields, $"a {kind.Name()}");
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
}
