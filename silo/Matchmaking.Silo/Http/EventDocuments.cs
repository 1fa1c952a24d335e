using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Json;

namespace Matchmaking.Silo.Http;

/// <summary>
/// The event and course document of the API: the event's fields plus <c>id</c>, <c>kind</c>, <c>version</c>,
/// <c>updatedAt</c>, <c>timeZone</c>, <c>free</c> and the seats (<c>registered</c>, <c>waiting</c>,
/// <c>seatsLeft</c>). <c>start</c> and <c>end</c> are written with Europe/Rome's offset that day and read either as
/// a Europe/Rome wall-clock time (<c>2027-03-14T09:00</c>) or with an offset (converted). Reading one is strict; the
/// envelope fields are ignored (an <c>id</c> must be the URL's, a <c>kind</c> the URL's kind).
/// </summary>
public static partial class EventDocuments
{
    private static readonly string[] EnvelopeFields = ["id", "kind", "version", "updatedAt", "timeZone", "free", "registered", "waiting", "seatsLeft"];
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    public static JsonObject ToDocument(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var document = new JsonObject
        {
            ["id"] = stored.Id,
            ["kind"] = stored.Event.Kind.Name(),
            ["version"] = stored.Version,
            ["updatedAt"] = stored.UpdatedAt,
        };
        foreach (var (name, value) in JsonSerializer.SerializeToNode(stored.Event with { Kind = default }, MatchmakingJson.Options)!.AsObject().ToList())
        {
            if (name != "kind" && name != "isFree")
            {
                document[name] = value?.DeepClone();
            }
        }

        document["start"] = Instant(stored.Event.Start);
        document["end"] = Instant(stored.Event.End);
        document["timeZone"] = EventTime.ZoneId;
        document["free"] = stored.Event.IsFree;
        document["registered"] = stored.Registered.Count;
        document["waiting"] = stored.Waiting.Count;
        document["seatsLeft"] = stored.SeatsLeft;
        return document;
    }

    /// <summary>The registrations of an event: who has a seat and who waits, in order.</summary>
    public static JsonObject ToRegistrations(StoredEvent stored) => new()
    {
        ["id"] = stored.Id,
        ["capacity"] = stored.Event.Capacity,
        ["registered"] = new JsonArray([.. stored.Registered.Select(Registration)]),
        ["waiting"] = new JsonArray([.. stored.Waiting.Select(Registration)]),
    };

    /// <summary>The event of <paramref name="kind"/> in <paramref name="document"/> for the id <paramref name="id"/>; throws <see cref="ValidationFailedException"/>.</summary>
    public static HubEvent FromDocument(EventKind kind, string id, JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var fields = new JsonObject();
        foreach (var (name, value) in document)
        {
            if (string.Equals(name, "id", StringComparison.OrdinalIgnoreCase))
            {
                if (value is not JsonValue v || !v.TryGetValue<string>(out var text) || text != id)
                {
                    errors["id"] = [$"The body's id must be the URL's ('{id}') or be left out."];
                }
            }
            else if (string.Equals(name, "kind", StringComparison.OrdinalIgnoreCase))
            {
                if (value is not JsonValue v || !v.TryGetValue<string>(out var text) || text != kind.Name())
                {
                    errors["kind"] = [$"This address takes a {kind.Name()}: leave kind out or give '{kind.Name()}' (POST to /api/{OtherKind(kind).Plural()} for a {OtherKind(kind).Name()})."];
                }
            }
            else if (name is "start" or "end")
            {
                fields[name] = WallClock(name, value, errors);
            }
            else if (!EnvelopeFields.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                fields[name] = value?.DeepClone();
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return StrictBodies.Read<HubEvent>(fields, $"a {kind.Name()}") with { Kind = kind };
    }

    private static EventKind OtherKind(EventKind kind) => kind == EventKind.Event ? EventKind.Course : EventKind.Event;

    private static JsonObject Registration(Registration registration) => new()
    {
        ["member"] = new JsonObject { ["kind"] = Abstractions.Profiles.ActorKinds.Name(registration.Member.Kind), ["id"] = registration.Member.Id },
        ["at"] = registration.At,
    };

    private static string? Instant(DateTime? wallClock) =>
        wallClock is { } time ? EventTime.InRome(time).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : null;

    // A Europe/Rome wall-clock time as the record reads it (no offset): as given, or converted from the offset given.
    private static JsonNode? WallClock(string field, JsonNode? value, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (value is JsonValue v && v.TryGetValue<string>(out var text))
        {
            text = text.Trim();
            if (OffsetSuffix().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            {
                return EventTime.ToRome(instant).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            }

            if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                return local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            }
        }

        errors[field] = [$"A date and time: YYYY-MM-DDTHH:MM in {EventTime.ZoneId}, or with an offset (2027-03-14T09:00:00+01:00)."];
        return null;
    }

    [GeneratedRegex(@"(Z|[+-]\d\d:?\d\d)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OffsetSuffix();
}
