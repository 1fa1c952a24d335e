using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Text;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Matching.Index;

/// <summary>A profile turned into what the index keeps: term counts per field and the themes it offers and seeks.</summary>
internal sealed record ProfileAnalysis(
    Dictionary<string, int> Text,
    Dictionary<string, int> Supply,
    Dictionary<string, int> Demand,
    IReadOnlySet<string> OfferedThemes,
    IReadOnlySet<string> SoughtThemes,
    Language Language)
{
    /// <summary>Terms and two-word phrases of each field; themes declared or named in the text.</summary>
    public static ProfileAnalysis Of(MatchProfile profile, TextAnalyzer analyzer, ThemeTaxonomy taxonomy)
    {
        var supplyText = string.Join(". ", [.. profile.Offers, .. profile.Keywords]);
        var demandText = string.Join(". ", profile.Needs);
        var description = profile.Description ?? "";

        // Each source is analysed once, then counted into the fields it feeds.
        var supplyTerms = Count(supplyText, analyzer, phrases: true);
        var demandTerms = Count(demandText, analyzer, phrases: true);

        // A description is prose: its words count, its word pairs are mostly noise (and double the index).
        var descriptionTerms = Count(description, analyzer, phrases: false);

        var supply = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(supply, supplyTerms, times: 2);
        Add(supply, descriptionTerms, times: 1);
        var text = new Dictionary<string, int>(descriptionTerms, StringComparer.Ordinal);
        Add(text, supplyTerms, times: 1);
        Add(text, demandTerms, times: 1);

        var sought = new HashSet<string>(taxonomy.FindInText(demandText), StringComparer.Ordinal);
        var offered = Offered(profile, supplyText, description, sought, taxonomy);
        return new ProfileAnalysis(text, supply, demandTerms, offered, sought, LanguageOf(profile.Description ?? demandText));
    }

    /// <summary>
    /// The themes an actor offers: those its offers and keywords name, and those it declares or its description names
    /// unless it seeks them or a theme above them (its needs name them or a sub-theme, and no offer does). A theme is
    /// declared for what an actor works on, needs included: a company that declares computer vision and industrial IoT
    /// and needs visual inspection and IoT retrofits offers neither, nor the AI and IoT above them.
    /// </summary>
    internal static HashSet<string> Offered(MatchProfile profile, string supplyText, string description, HashSet<string> sought, ThemeTaxonomy taxonomy)
    {
        var offered = new HashSet<string>(taxonomy.FindInText(supplyText), StringComparer.Ordinal);
        var soughtOnly = taxonomy.WithAncestors(sought);
        soughtOnly.ExceptWith(taxonomy.WithAncestors(offered));
        foreach (var theme in profile.Themes.Where(taxonomy.Contains).Concat(taxonomy.FindInText(description)))
        {
            if (!soughtOnly.Contains(theme) && !taxonomy.Ancestors(theme).Any(soughtOnly.Contains))
            {
                offered.Add(theme);
            }
        }

        return offered;
    }

    /// <summary>
    /// The language of a text as reasons are written in it: detected, English when the text tells neither. For a
    /// profile, its description's (or its needs', when it has none): detected once when the profile is indexed, not
    /// at every query it asks.
    /// </summary>
    public static Language LanguageOf(string text) =>
        (string.IsNullOrWhiteSpace(text) ? Language.Unknown : LanguageDetector.Detect(text)) is var language && language != Language.Unknown
            ? language
            : Language.English;

    /// <summary>Terms and phrases of a free-text brief, as a demand.</summary>
    public static (Dictionary<string, int> Terms, IReadOnlySet<string> Themes) OfBrief(string brief, TextAnalyzer analyzer, ThemeTaxonomy taxonomy)
    {
        return (Count(brief, analyzer, phrases: true), new HashSet<string>(taxonomy.FindInText(brief), StringComparer.Ordinal));
    }

    /// <summary>How often each term and each two-term phrase (joined by '_') occurs, and the concepts the text names (once each).</summary>
    private static Dictionary<string, int> Count(string text, TextAnalyzer analyzer, bool phrases)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return counts;
        }

        var terms = analyzer.Terms(text);
        for (var i = 0; i < terms.Count; i++)
        {
            counts[terms[i]] = counts.GetValueOrDefault(terms[i]) + 1;
            if (phrases && i > 0)
            {
                var phrase = string.Concat(terms[i - 1], "_", terms[i]);
                counts[phrase] = counts.GetValueOrDefault(phrase) + 1;
            }
        }

        foreach (var concept in ConceptLexicon.TermsIn(text))
        {
            counts[concept] = counts.GetValueOrDefault(concept) + 1;
        }

        return counts;
    }

    private static void Add(Dictionary<string, int> into, Dictionary<string, int> counts, int times)
    {
        foreach (var (term, count) in counts)
        {
            into[term] = into.GetValueOrDefault(term) + (count * times);
        }
    }
}
