using System.Text.Json.Nodes;

namespace Matchmaking.Cli.Output;

/// <summary>Values of the silo's JSON answers as the commands print them.</summary>
internal static class Nodes
{
    /// <summary>A string as it is, any other value as JSON, "-" for none.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        null => "-",
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };

    public static List<string> Strings(JsonNode? node) => [.. (node as JsonArray ?? []).Select(Text)];
}
