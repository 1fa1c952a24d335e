using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matchmaking.Matching.Themes;

// The shape of themes.json. Everything is nullable so that validation, not deserialisation, reports what is missing.
internal sealed record ThemeTaxonomyJson(IReadOnlyList<ThemeJson?>? Themes);

internal sealed record ThemeJson(
    string? Id,
    string? Parent,
    IReadOnlyList<string?>? Hubs,
    LocalizedTextJson? Label,
    LocalizedTextJson? Description,
    LocalizedTermsJson? Synonyms,
    IReadOnlyList<string?>? CaseSensitive);

internal sealed record LocalizedTextJson(string? It, string? En);

internal sealed record LocalizedTermsJson(IReadOnlyList<string?>? It, IReadOnlyList<string?>? En);

// Unknown properties are rejected so that a misspelt "parnet" is an error, not a silently missing parent.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ThemeTaxonomyJson))]
internal sealed partial class ThemeTaxonomyJsonContext : JsonSerializerContext;
