using System.Text.Json;
using Orleans.Storage;

namespace Matchmaking.Storage;

/// <summary>
/// Grain state as System.Text.Json with the product's own options (the same JSON the API speaks), so a stored
/// row reads like the document the API returns. Chosen before the first write: changing the serializer of a
/// store that has rows would make them unreadable.
/// </summary>
public sealed class JsonStateSerializer(JsonSerializerOptions options) : IGrainStorageSerializer
{
    public JsonSerializerOptions Options { get; } = options;

    public BinaryData Serialize<T>(T? input) => BinaryData.FromObjectAsJson(input, Options);

    public T? Deserialize<T>(BinaryData input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.ToObjectFromJson<T>(Options)!;
    }

    /// <summary>Reads a payload as the storage table holds it (JSON text).</summary>
    public T Deserialize<T>(string payload) => JsonSerializer.Deserialize<T>(payload, Options)!;
}
