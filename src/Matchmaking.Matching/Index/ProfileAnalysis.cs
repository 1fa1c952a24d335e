using System.Runtime.InteropServices;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Text;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Matching.Index;

/// <summary>
/// A profile turned into what the index keeps: each distinct term (and two-word phrase, and concept) once, with its
/// count in each field, and the themes it offers and seeks. One entry per term rather than one dictionary per field, so
/// that the index interns each term once whatever the number of fields it is in (the text holds every term of the
/// other two).
/// </summary>
internal sealed record ProfileAnalysis(
    TermCounts[] Terms,
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

        // Each source is analysed once and counted into the fields it feeds: a description's words count once in the
        // text and in the supply (its word pairs are mostly noise, and would double the index); offers and keywords
        // once in the text and twice in the supply; needs once in the text and in the demand. Counted in this order
        // (description, supply, demand), so that terms get their ids in the order they are first met.
        var counts = new Dictionary<string, TermCounts>(StringComparer.Ordinal);
        Count(counts, description, analyzer, phrases: false, new TermCounts(null!, 1, 1, 0));
        Count(counts, supplyText, analyzer, phrases: true, new TermCounts(null!, 1, 2, 0));
        Count(counts, demandText, analyzer, phrases: true, new TermCounts(null!, 1, 0, 1));
        var terms = new TermCounts[counts.Count];
        var i = 0;
        foreach (var (term, count) in counts)
        {
            terms[i++] = count with { Term = term };
        }

        var sought = new HashSet<string>(taxonomy.FindInText(demandText), StringComparer.Ordinal);
        var offered = Offered(profile, supplyText, description, sought, taxonomy);
        return new ProfileAnalysis(terms, offered, sought, LanguageOf(profile.Description ?? demandText));
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
        var counts = new Dictionary<string, TermCounts>(StringComparer.Ordinal);
        Count(counts, brief, analyzer, phrases: true, new TermCounts(null!, 0, 0, 1));
        var terms = new Dictionary<string, int>(counts.Count, StringComparer.Ordinal);
        foreach (var (term, count) in counts)
        {
            terms[term] = count.Demand;
        }

        return (terms, new HashSet<string>(taxonomy.FindInText(brief), StringComparer.Ordinal));
    }

    /// <summary>
    /// Adds each term and each two-term phrase (joined by '_') of the text as often as it occurs, and the concepts the
    /// text names (once each), to <paramref name="counts"/>, each occurrence weighted per field by <paramref name="weights"/>.
    /// </summary>
    private static void Count(Dictionary<string, TermCounts> counts, string text, TextAnalyzer analyzer, bool phrases, TermCounts weights)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var terms = analyzer.Terms(text);
        for (var i = 0; i < terms.Count; i++)
        {
            Add(counts, terms[i], weights);
            if (phrases && i > 0)
            {
                Add(counts, string.Concat(terms[i - 1], "_", terms[i]), weights);
            }
        }

        foreach (var concept in ConceptLexicon.TermsIn(text))
        {
            Add(counts, concept, weights);
        }
    }

    private static void Add(Dictionary<string, TermCounts> counts, string term, TermCounts weights)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _);
        count = new TermCounts(null!, count.Text + weights.Text, count.Supply + weights.Supply, count.Demand + weights.Demand);
    }
}

/// <summary>How often a term occurs in each field of a profile (0 when not in the field).</summary>
internal readonly record struct TermCounts(string Term, int Text, int Supply, int Demand)
{
    public int In(MatchField field) => field switch
    {
        MatchField.Text => Text,
        MatchField.Supply => Supply,
        _ => Demand,
    };
}
