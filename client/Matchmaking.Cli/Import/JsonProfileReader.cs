using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Cli.Import;

/// <summary>
/// Reads profile documents from JSON in any of three shapes: <c>{"items":[…]}</c> (what export writes), a plain
/// array, or <c>{"companies":[…],"startups":[…],"researchers":[…]}</c> where the section gives the kind. Rows are
/// numbered index + 1 through the whole file, sections in file order.
/// </summary>
public static class JsonProfileReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static IReadOnlyList<ImportRow> Read(TextReader reader, ActorKind? defaultKind)
    {
        ArgumentNullException.ThrowIfNull(reader);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(reader.ReadToEnd(), documentOptions: DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new ImportFileException($"the JSON file is not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        var rows = new List<ImportRow>();
        foreach (var (item, sectionKind) in Items(root))
        {
            rows.Add(ReadItem(item, rows.Count + 1, sectionKind ?? defaultKind, sectionKind is not null));
        }

        return rows;
    }

    private static IEnumerable<(JsonNode? Item, ActorKind? SectionKind)> Items(JsonNode? root)
    {
        switch (root)
        {
            case JsonArray array:
                return array.Select(item => (item, (ActorKind?)null));
            case JsonObject obj when obj.ContainsKey("items"):
                if (obj.Count > 1 || obj["items"] is not JsonArray items)
                {
                    throw new ImportFileException("the JSON file must be {\"items\":[…]} with nothing else beside \"items\"");
                }

                return items.Select(item => (item, (ActorKind?)null));
            case JsonObject obj:
                return Sections(obj);
            default:
                throw new ImportFileException("the JSON file must hold {\"items\":[…]}, an array of profiles, or {\"companies\":[…],\"startups\":[…],\"researchers\":[…]}");
        }
    }

    private static List<(JsonNode? Item, ActorKind? SectionKind)> Sections(JsonObject root)
    {
        var items = new List<(JsonNode?, ActorKind?)>();
        foreach (var (name, section) in root)
        {
            if (!KindParser.TryParse(name, out var kind, out _))
            {
                throw new ImportFileException($"unknown section '{name}' in the JSON file: expected items, companies, startups or researchers");
            }

            if (section is not JsonArray array)
            {
                throw new ImportFileException($"the section '{name}' of the JSON file must be an array of profiles");
            }

            items.AddRange(array.Select(item => (item, (ActorKind?)kind)));
        }

        return items;
    }

    private static ImportRow ReadItem(JsonNode? item, int number, ActorKind? impliedKind, bool fromSection)
    {
        var errors = new RowErrors();
        if (item is not JsonObject obj)
        {
            errors.Add("item", "is not a JSON object");
            return ImportRow.Invalid(number, null, impliedKind?.Name(), errors.ToDictionary());
        }

        var id = obj["id"] is JsonValue idValue && idValue.GetValueKind() == JsonValueKind.String ? idValue.GetValue<string>().Trim() : null;
        if (string.IsNullOrEmpty(id))
        {
            errors.Add("id", "missing");
            id = null;
        }

        var kind = impliedKind;
        if (obj["kind"] is { } kindNode)
        {
            var text = kindNode.GetValueKind() == JsonValueKind.String ? kindNode.GetValue<string>() : kindNode.ToJsonString();
            if (!KindParser.TryParse(text, out var parsed, out var error))
            {
                errors.Add("kind", error);
            }
            else if (fromSection && parsed != impliedKind)
            {
                errors.Add("kind", $"'{text}' in the {impliedKind!.Value.Plural()} section");
            }
            else
            {
                kind = parsed;
            }
        }
        else if (kind is null)
        {
            errors.Add("kind", "missing: add \"kind\" to the item or pass --kind");
        }

        if (errors.Any)
        {
            return ImportRow.Invalid(number, id, kind?.Name(), errors.ToDictionary());
        }

        var document = obj.DeepClone().AsObject();
        document["kind"] = kind!.Value.Name();
        return ImportRow.Valid(number, id!, kind.Value.Name(), document);
    }
}
