using System.Text.Json;
using Matchmaking.Abstractions.Json;

namespace Matchmaking.Cli.Output;

/// <summary>The product's one JSON shape (<see cref="MatchmakingJson.Options"/>), indented for files and terminals.</summary>
public static class CliJson
{
    public static JsonSerializerOptions Indented { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(MatchmakingJson.Options) { WriteIndented = true };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
