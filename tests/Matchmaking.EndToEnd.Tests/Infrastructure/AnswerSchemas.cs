using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Matchmaking.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Success answers against the OpenAPI document's schemas (as JSON nodes, <c>$ref</c>s resolved in the document):
/// <see cref="Untyped"/> finds what a client generator could only type as "any object"; <see cref="Check"/> reads a
/// real answer the way a generated client would: every property it has is in the schema, every required one is
/// there, each value of a type (and an enumeration name) the schema allows.
/// </summary>
public static class AnswerSchemas
{
    /// <summary>Where, under <paramref name="schema"/>, an object has no properties (or an array no items): untyped.</summary>
    public static IEnumerable<string> Untyped(JsonObject document, JsonNode schema, string path = "$")
    {
        var found = new List<string>();
        Walk(document, schema, path, [], found);
        return found;
    }

    /// <summary>
    /// The ways <paramref name="value"/>, a success answer, departs from <paramref name="schema"/>, its schema in
    /// <paramref name="document"/>, each with its JSON path. Nothing is tolerated: every property must be in the schema.
    /// </summary>
    public static List<string> Check(JsonObject document, JsonNode schema, JsonNode? value)
    {
        var problems = new List<string>();
        Validate(document, schema, null, value, "$", problems);
        return problems;
    }

    private static void Walk(JsonObject document, JsonNode schema, string path, HashSet<string> seen, List<string> found)
    {
        if (Reference(schema) is { } name)
        {
            if (seen.Add(name))
            {
                Walk(document, Component(document, name), path, seen, found);
                seen.Remove(name);
            }

            return;
        }

        foreach (var alternative in Alternatives(schema))
        {
            Walk(document, alternative, path, seen, found);
        }

        var types = Types(schema);
        if (types.Contains("object") && schema["properties"] is not JsonObject { Count: > 0 } && schema["additionalProperties"] is null)
        {
            found.Add(path);
        }

        foreach (var (property, child) in schema["properties"]?.AsObject() ?? [])
        {
            Walk(document, child!, $"{path}.{property}", seen, found);
        }

        if (schema["additionalProperties"] is JsonObject values)
        {
            Walk(document, values, $"{path}{{}}", seen, found);
        }

        if (schema["items"] is { } items)
        {
            Walk(document, items, $"{path}[]", seen, found);
        }
        else if (types.Contains("array"))
        {
            found.Add($"{path}[] (an array without items)");
        }
    }

    private static void Validate(JsonObject document, JsonNode schema, string? component, JsonNode? value, string path, List<string> problems)
    {
        while (Reference(schema) is { } name)
        {
            component = name;
            schema = Component(document, name);
        }

        if (schema["allOf"] is not null)
        {
            throw new NotSupportedException($"{path}: allOf schemas are not checked here.");
        }

        // A discriminator names the one alternative to read the object as, as a generated client reads it.
        if (schema["discriminator"] is { } discriminator && value is JsonObject tagged
            && tagged[(string)discriminator["propertyName"]!] is JsonValue tagValue && tagValue.TryGetValue<string>(out var tag))
        {
            if (discriminator["mapping"]?[tag] is not { } mapped)
            {
                problems.Add($"{path}: {discriminator["propertyName"]} '{tag}' is not in the discriminator's mapping");
                return;
            }

            Validate(document, new JsonObject { ["$ref"] = (string)mapped! }, component, value, path, problems);
            return;
        }

        if ((schema["oneOf"] ?? schema["anyOf"]) is { } alternatives)
        {
            var tries = alternatives.AsArray().Select(a => { var p = new List<string>(); Validate(document, a!, component, value, path, p); return p; }).ToList();
            if (tries.All(p => p.Count > 0))
            {
                problems.AddRange(tries.OrderBy(p => p.Count).First());
            }

            return;
        }

        var types = Types(schema);
        var kind = Kind(value);
        if (types.Count > 0 && !types.Overlaps(kind))
        {
            problems.Add($"{path}: {kind.First()} where the schema has {string.Join("|", types)}");
            return;
        }

        if (schema["enum"] is JsonArray names && value is not null && !names.Any(n => JsonNode.DeepEquals(n, value)))
        {
            problems.Add($"{path}: {value.ToJsonString()} is not one of {names.ToJsonString()}");
        }

        if (value is JsonObject fields)
        {
            ValidateObject(document, schema, component, fields, path, problems);
        }
        else if (value is JsonArray elements)
        {
            if (schema["items"] is not { } items)
            {
                problems.Add($"{path}: an array without items in the schema");
                return;
            }

            for (var i = 0; i < elements.Count; i++)
            {
                Validate(document, items, null, elements[i], $"{path}[{i}]", problems);
            }
        }
        else if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String && (string?)schema["format"] == "date-time"
            && !DateTimeOffset.TryParse(text.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            problems.Add($"{path}: '{text}' is not a date-time");
        }
    }

    private static void ValidateObject(JsonObject document, JsonNode schema, string? component, JsonObject fields, string path, List<string> problems)
    {
        var properties = schema["properties"] as JsonObject;
        var additional = schema["additionalProperties"];
        if (properties is not { Count: > 0 } && additional is null)
        {
            problems.Add($"{path}: an object the schema does not describe (no properties)");
            return;
        }

        foreach (var (name, field) in fields)
        {
            if (properties?[name] is { } property)
            {
                Validate(document, property, null, field, $"{path}.{name}", problems);
            }
            else if (additional is JsonObject values)
            {
                Validate(document, values, null, field, $"{path}.{name}", problems);
            }
            else if (additional?.GetValueKind() != JsonValueKind.True)
            {
                problems.Add($"{path}.{name}: not in the schema{(component is null ? "" : $" ({component})")}");
            }
        }

        foreach (var required in schema["required"]?.AsArray() ?? [])
        {
            if (!fields.ContainsKey((string)required!))
            {
                problems.Add($"{path}.{required}: required by the schema, missing from the answer");
            }
        }
    }

    private static string? Reference(JsonNode schema) => schema["$ref"] is { } reference ? ((string)reference!).Split('/')[^1] : null;

    private static JsonNode Component(JsonObject document, string name) =>
        document["components"]?["schemas"]?[name] ?? throw new InvalidOperationException($"The document has no schema '{name}'.");

    // (allOf, which would need its parts' properties merged, is refused: the document has none.)
    private static IEnumerable<JsonNode> Alternatives(JsonNode schema) =>
        schema["allOf"] is not null ? throw new NotSupportedException("allOf schemas are not checked here.") : new[] { "oneOf", "anyOf" }.SelectMany(k => schema[k]?.AsArray() ?? []).OfType<JsonNode>();

    private static HashSet<string> Types(JsonNode schema) => schema["type"] switch
    {
        JsonArray many => [.. many.Select(t => (string)t!)],
        JsonValue one => [(string)one!],
        _ => [],
    };

    // The schema types a JSON value is an instance of (an integral number is an integer and a number).
    private static HashSet<string> Kind(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => ["null"],
        JsonValueKind.True or JsonValueKind.False => ["boolean"],
        JsonValueKind.String => ["string"],
        JsonValueKind.Array => ["array"],
        JsonValueKind.Object => ["object"],
        _ => value.GetValue<decimal>() % 1 == 0 ? ["integer", "number"] : ["number"],
    };
}
