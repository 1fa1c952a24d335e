using System.Text.Json;
using Orleans.Storage;

namespace Matchmaking.Storage;

/// <summary>
/// Grain state as System.Text.Json with the product's own options (the same JSON the API speaks), so a stored
/// row reads like the document the API returns. Chosen before the first write: changing the serializer of a
/// store that has rows would make them unreadable. A payload that cannot be read as an
/// <see cref="IUnreadableState"/> becomes an empty state saying so, rather than an exception.
/// </summary>
public sealed class JsonStateSerializer(JsonSerializerOptions options) : IGrainStorageSerializer
{
    public JsonSerializerOptions Options { get; } = options;

    public BinaryData Serialize<T>(T? input) => BinaryData.FromObjectAsJson(input, Options);

    public T? Deserialize<T>(BinaryData input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Read(() => input.ToObjectFromJson<T>(Options)!);
    }

    /// <summary>Reads a payload as the storage table holds it (JSON text).</summary>
    public T Deserialize<T>(string payload) => Read(() => JsonSerializer.Deserialize<T>(payload, Options)!);

    private static T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException
            && typeof(IUnreadableState).IsAssignableFrom(typeof(T)))
        {
            var state = Activator.CreateInstance<T>();
            ((IUnreadableState)state!).Unreadable = Describe(e);
            return state;
        }
    }

    private static string Describe(Exception e) =>
        e is JsonException { Path: { Length: > 0 } path } ? $"{path}: {FirstSentence(e.Message)}" : FirstSentence(e.Message);

    private static string FirstSentence(string message) =>
        message.IndexOf(" Path:", StringComparison.Ordinal) is var cut and > 0 ? message[..cut] : message;
}
