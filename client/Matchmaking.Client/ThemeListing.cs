using System.Text.Json;
using System.Text.Json.Serialization;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Client;

/// <summary>
/// A theme as <c>GET /api/themes</c> lists it: its definition flat, with how many actors offer and seek it.
/// Fields this client does not know yet are kept in <see cref="More"/>, so printing it back loses nothing.
/// </summary>
public sealed record ThemeListing(
    string Id,
    string LabelIt,
    string LabelEn,
    string? Parent,
    IReadOnlyList<string>? Children,
    IReadOnlyList<string>? SynonymsIt,
    IReadOnlyList<string>? SynonymsEn,
    int Offerers,
    int Seekers)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? More { get; init; }
}

/// <summary>
/// A theme as <c>GET /api/themes/{id}</c> answers: its definition flat, with the actors that offer and seek it
/// (sub-themes included). Unknown fields are kept in <see cref="More"/>.
/// </summary>
public sealed record ThemeWithActors(
    string Id,
    string LabelIt,
    string LabelEn,
    string? Parent,
    IReadOnlyList<string>? Children,
    IReadOnlyList<string>? SynonymsIt,
    IReadOnlyList<string>? SynonymsEn,
    IReadOnlyList<ActorSummary> Offerers,
    IReadOnlyList<ActorSummary> Seekers)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? More { get; init; }
}

/// <summary>The answer of <c>GET /health</c>.</summary>
public sealed record HealthReport(string Status);
