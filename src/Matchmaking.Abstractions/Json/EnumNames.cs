using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matchmaking.Abstractions.Json;

/// <summary>
/// The wire names of an enumeration: <see cref="JsonStringEnumMemberNameAttribute"/> where a member has one, else
/// the member's name in camelCase. The only spellings the product reads: a name (any case), never a number, a
/// numeric string, a comma list or a name with spaces around it.
/// </summary>
public static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly (TEnum Value, string Name)[] Members = [.. Enum.GetValues<TEnum>().Select(v => (v, WireName(v)))];

    /// <summary>Every name, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Members.Select(m => m.Name)];

    /// <summary>The names as a message lists them: <c>public, members, hidden</c>.</summary>
    public static string List { get; } = string.Join(", ", All);

    /// <summary>The name of a defined value; null for a value the enumeration does not define.</summary>
    public static string? Name(TEnum value)
    {
        foreach (var (member, name) in Members)
        {
            if (EqualityComparer<TEnum>.Default.Equals(member, value))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="text"/> is exactly one of the names, case aside.</summary>
    public static bool TryParse(string? text, out TEnum value)
    {
        foreach (var (member, name) in Members)
        {
            if (string.Equals(text, name, StringComparison.OrdinalIgnoreCase))
            {
                value = member;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string WireName(TEnum value)
    {
        var member = typeof(TEnum).GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static)!;
        return member.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(member.Name);
    }
}

/// <summary>
/// Reads and writes every enumeration by its <see cref="EnumNames{TEnum}"/> only. A value that is not a name is a
/// <see cref="JsonException"/> whose <see cref="Exception.Data"/> holds the names under <see cref="AllowedKey"/>.
/// </summary>
public sealed class EnumNameConverter : JsonConverterFactory
{
    /// <summary>The key of <see cref="Exception.Data"/> under which a refused value's exception lists the names.</summary>
    public const string AllowedKey = "mm.enum-names";

    private static JsonException NotAName(string allowed) => new($"Expected one of the names: {allowed}.") { Data = { [AllowedKey] = allowed } };

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && EnumNames<TEnum>.TryParse(reader.GetString(), out var value))
            {
                return value;
            }

            throw NotAName(EnumNames<TEnum>.List);
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(EnumNames<TEnum>.Name(value)
                ?? throw new JsonException($"{typeof(TEnum).Name} has no value {value}; only {EnumNames<TEnum>.List} can be written."));

        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            EnumNames<TEnum>.TryParse(reader.GetString(), out var value) ? value : throw NotAName(EnumNames<TEnum>.List);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WritePropertyName(EnumNames<TEnum>.Name(value)
                ?? throw new JsonException($"{typeof(TEnum).Name} has no value {value}."));
    }
}
