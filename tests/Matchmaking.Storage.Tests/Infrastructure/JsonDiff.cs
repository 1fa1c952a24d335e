using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Matchmaking.Storage.Tests.Infrastructure;

/// <summary>Where two JSON documents differ, as paths, for failure messages that say what is wrong.</summary>
public static class JsonDiff
{
    public static List<string> Differences(JsonNode? expected, JsonNode? actual, int limit = 20)
    {
        var found = new List<string>();
        Walk("$", expected, actual, found, limit);
        return found;
    }

    private static void Walk(string path, JsonNode? expected, JsonNode? actual, List<string> found, int limit)
    {
        if (found.Count >= limit || JsonNode.DeepEquals(expected, actual))
        {
            return;
        }

        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var (name, value) in e)
                {
                    if (!a.ContainsKey(name))
                    {
                        found.Add($"{path}.{name}: missing (expected {Short(value)})");
                    }
                    else
                    {
                        Walk($"{path}.{name}", value, a[name], found, limit);
                    }
                }

                foreach (var (name, value) in a)
                {
                    if (!e.ContainsKey(name) && found.Count < limit)
                    {
                        found.Add($"{path}.{name}: unexpected {Short(value)}");
                    }
                }

                break;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    found.Add($"{path}: {a.Count} items, expected {e.Count}");
                }

                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    Walk($"{path}[{i}]", e[i], a[i], found, limit);
                }

                break;
            default:
                found.Add($"{path}: {Short(actual)}, expected {Short(expected)}");
                break;
        }
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>JSON text with non-ASCII left readable (for messages).</summary>
    public static string Text(JsonNode? node) => node?.ToJsonString(Readable) ?? "null";

    private static string Short(JsonNode? node)
    {
        var text = Text(node);
        return text.Length <= 160 ? text : text[..160] + "…";
    }
}
