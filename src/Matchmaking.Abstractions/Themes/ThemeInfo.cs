using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Abstractions.Themes;

/// <summary>A technology theme of the taxonomy, in Italian and English.</summary>
[GenerateSerializer, Alias("mm.ThemeInfo"), Immutable]
public sealed record ThemeInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string LabelIt,
    [property: Id(2)] string LabelEn,
    [property: Id(3)] string? Parent,
    [property: Id(4)] IReadOnlyList<string> Children,
    [property: Id(5)] IReadOnlyList<string> SynonymsIt,
    [property: Id(6)] IReadOnlyList<string> SynonymsEn,
    [property: Id(7)] IReadOnlyList<string> Hubs);

/// <summary>A theme with how many actors offer it and seek it (including its sub-themes).</summary>
[GenerateSerializer, Alias("mm.ThemeSummary"), Immutable]
public sealed record ThemeSummary(
    [property: Id(0)] ThemeInfo Theme,
    [property: Id(1)] int Offerers,
    [property: Id(2)] int Seekers);

/// <summary>A theme with the actors that offer it and those that seek it (including its sub-themes).</summary>
[GenerateSerializer, Alias("mm.ThemeDetails"), Immutable]
public sealed record ThemeDetails(
    [property: Id(0)] ThemeInfo Theme,
    [property: Id(1)] IReadOnlyList<ActorSummary> Offerers,
    [property: Id(2)] IReadOnlyList<ActorSummary> Seekers);
