using System.Text.Json;
using System.Text.Json.Nodes;

namespace Matchmaking.Cli.Commands;

/// <summary>JSON documents the commands read from files (<c>put --file</c>).</summary>
internal static class JsonFiles
{
    /// <summary>The JSON object in <paramref name="path"/>; a <see cref="UsageException"/> when it is missing, not JSON or not an object.</summary>
    public static async Task<JsonObject> ReadObjectAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return JsonNode.Parse(await File.ReadAllTextAsync(path, cancellationToken)) as JsonObject
                ?? throw new UsageException($"{path} does not hold a JSON object");
        }
        catch (JsonException e)
        {
            throw new UsageException($"{path} is not valid JSON: {e.Message}");
        }
    }
}
