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
    /// throws <see cref="ValidationFailedException"/> naming every field that cannot be read. With
    /// <paramref name="rules"/> (which throws <see cref="ValidationFailedException"/> too), a document with fields that
    /// cannot be read has the rules checked on its other fields as well, so one answer names every problem.
    /// </summary>
    public static TProfile FromDocument<TProfile>(ActorKind kind, string id, JsonObject document, Action<TProfile>? rules = null)
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

        var profile = StrictBodies.ReadAll<TProfile>(fields, $"a {kind.Name()}", errors);
        if (errors.Count == 0 && profile is not null)
        {
            return profile;
        }

        if (profile is not null && rules is not null)
        {
            try
            {
                rules(profile);
            }
            catch (ValidationFailedException more)
            {
                // A field already named (unreadable, unknown) is not named again for being absent from what was read.
                var named = errors.Keys.Select(StrictBodies.TopField).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (var (field, messages) in more.Errors.Where(e => !named.Contains(StrictBodies.TopField(e.Key))))
                {
                    errors[field] = [.. messages];
                }
            }
        }

        throw new ValidationFailedException(errors.Count > 0 ? errors : new Dictionary<string, string[]> { ["$"] = [$"Send a {kind.Name()} as a JSON object."] });
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
