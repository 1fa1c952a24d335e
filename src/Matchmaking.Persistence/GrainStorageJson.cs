using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matchmaking.Persistence;

/// <summary>
/// The JSON shape of stored grain state: web defaults (camelCase, case-insensitive reads), enums as
/// camelCase strings, nulls omitted. Deliberately the same settings as the product's API JSON, so a
/// stored record reads like the document the API returns; a host may pass its own shared options instead.
/// </summary>
public static class GrainStorageJson
{
    /// <summary>The shared, read-only options every provider uses unless told otherwise.</summary>
    public static JsonSerializerOptions Options { get; } = CreateReadOnly();

    private static JsonSerializerOptions CreateReadOnly()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

            // Payloads never reach HTML; keeping accents and emoji unescaped keeps them readable and small.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
