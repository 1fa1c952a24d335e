using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matchmaking.Abstractions.Json;

/// <summary>The one JSON shape of the product: camelCase, enums by their names only (<see cref="EnumNames{TEnum}"/>), nulls omitted.</summary>
public static class MatchmakingJson
{
    /// <summary>Shared, read-only options for the API, storage payloads, import and export.</summary>
    public static JsonSerializerOptions Options { get; } = CreateReadOnly();

    /// <summary>A fresh mutable copy of <see cref="Options"/> (for hosts that configure their own instance).</summary>
    public static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new EnumNameConverter());
        return options;
    }

    private static JsonSerializerOptions CreateReadOnly()
    {
        var options = Create();
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
