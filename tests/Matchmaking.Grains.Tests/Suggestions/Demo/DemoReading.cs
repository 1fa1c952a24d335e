using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Grains.Tests.Suggestions.Demo;

/// <summary>What the scenario tests read in a demo profile and in a list of suggestions, by the profile's own words.</summary>
internal static class DemoReading
{
    private static readonly ThemeTaxonomy Taxonomy = ThemeTaxonomy.Default;

    /// <summary>The factors that say the candidate fits the need; the others are evidence of ability or context.</summary>
    public static readonly IReadOnlySet<string> FitFactors = new HashSet<string>(["needs", "offers", "mutual", "themes", "text"], StringComparer.Ordinal);

    /// <summary>The themes the actor's offers (and keywords or technology) name, with their ancestors.</summary>
    public static HashSet<string> OfferedInWords(ActorProfile profile) => Taxonomy.WithAncestors(Taxonomy.FindInText(string.Join(". ", Supply(profile))));

    /// <summary>The themes the actor's needs name and its offers do not: themes it only seeks.</summary>
    public static HashSet<string> NeededOnly(ActorProfile profile)
    {
        var needed = Taxonomy.WithAncestors(Taxonomy.FindInText(string.Join(". ", profile.Needs)));
        needed.ExceptWith(OfferedInWords(profile));
        return needed;
    }

    /// <summary>Whether the actor declares, or its offers name, one of <paramref name="themes"/> (or a sub-theme).</summary>
    public static bool Supplies(ActorProfile profile, IEnumerable<string> themes)
    {
        var own = Taxonomy.WithAncestors(profile.Themes.Where(t => !NeededOnly(profile).Contains(t)));
        own.UnionWith(OfferedInWords(profile));
        return themes.Any(own.Contains);
    }

    /// <summary>The theme id of a label in either language, or null.</summary>
    public static string? ThemeOfLabel(string label) =>
        Taxonomy.All.FirstOrDefault(t => string.Equals(t.LabelIt, label, StringComparison.Ordinal) || string.Equals(t.LabelEn, label, StringComparison.Ordinal))?.Id;

    public static string Describe(IEnumerable<SuggestionItem> items) =>
        string.Join("\n", items.Select((s, i) => $"{i + 1}. {s.Kind}/{s.Id} {s.Score:0.000}: " + string.Join(" | ", s.Reasons.Select(r => $"{r.Factor} {r.Contribution:0.000} {r.Evidence}"))));

    /// <summary>What the actor supplies in its own words: its offers, and its keywords or technology.</summary>
    public static IEnumerable<string> Supply(ActorProfile profile) => profile switch
    {
        ResearcherProfile researcher => [.. profile.Offers, .. researcher.Keywords],
        StartupProfile { Technology: { } technology } => [.. profile.Offers, technology],
        _ => profile.Offers,
    };
}
