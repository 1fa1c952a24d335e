using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace Matchmaking.Cli.Output;

/// <summary>A profile document as a two-column table of its fields, the key ones first, empty ones left out.</summary>
public static class ProfileView
{
    private static readonly string[] KeyFields = ["kind", "id", "name", "version", "updatedAt", "location", "themes", "offers", "needs", "description", "website"];

    public static Table Create(JsonObject document, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var table = Cells.Table(title, "Field", "Value");
        var ordered = KeyFields.Where(document.ContainsKey).Concat(document.Select(p => p.Key).Where(k => !KeyFields.Contains(k)));
        foreach (var field in ordered)
        {
            var text = Format(document[field]);
            if (text.Length > 0)
            {
                table.AddRow(Cells.Of(field, text));
            }
        }

        return table;
    }

    /// <summary>A field's value as one line of text: lists joined by commas, objects by their values.</summary>
    public static string Format(JsonNode? node) => node switch
    {
        null => "",
        JsonArray array => string.Join(", ", array.Select(Format).Where(t => t.Length > 0)),
        JsonObject { Count: 2 } membership when membership.ContainsKey("hub") && membership.ContainsKey("role")
            => $"{Format(membership["hub"])} ({Format(membership["role"])})",
        JsonObject { Count: 2 } actor when actor.ContainsKey("kind") && actor.ContainsKey("id")
            => $"{Format(actor["kind"])}/{Format(actor["id"])}",
        JsonObject obj => string.Join(", ", obj.Select(p => Format(p.Value)).Where(t => t.Length > 0)),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
