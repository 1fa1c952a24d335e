namespace Matchmaking.Matching.Themes;

/// <summary>
/// One technology theme of the taxonomy, with its Italian and English labels and terms. Lists are read-only.
/// </summary>
/// <param name="Id">Stable lower-case kebab-case id ("industrial-iot"); referenced by profiles, calls and demo data.</param>
/// <param name="LabelIt">Italian label ("IoT industriale").</param>
/// <param name="LabelEn">English label ("Industrial IoT").</param>
/// <param name="DescriptionIt">One-sentence Italian description; may be empty.</param>
/// <param name="DescriptionEn">One-sentence English description; may be empty.</param>
/// <param name="Parent">Id of the broader theme, or null for a root theme.</param>
/// <param name="SynonymsIt">Italian synonyms and related terms, matched in text regardless of case and accents.</param>
/// <param name="SynonymsEn">English synonyms and related terms, matched in text regardless of case and accents.</param>
/// <param name="Hubs">Hubs whose declared themes include this one ("csmt" for CSMT's Officina Liberty).</param>
public sealed record ThemeDefinition(
    string Id,
    string LabelIt,
    string LabelEn,
    string DescriptionIt,
    string DescriptionEn,
    string? Parent,
    IReadOnlyList<string> SynonymsIt,
    IReadOnlyList<string> SynonymsEn,
    IReadOnlyList<string> Hubs)
{
    /// <summary>
    /// Terms that collide with ordinary words when lower-cased ("AI" and Italian "ai", "ESCO" and "esco"): their words
    /// written in capitals here match only words written in capitals in the text; their other words match in any case.
    /// </summary>
    public IReadOnlyList<string> CaseSensitiveTerms { get; init; } = [];

    /// <summary>True when the theme is one of the declared themes of <paramref name="hub"/> (e.g. <see cref="ThemeHubs.Csmt"/>).</summary>
    public bool IsInHub(string hub) => Hubs.Contains(hub, StringComparer.Ordinal);
}
