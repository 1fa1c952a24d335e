using System.Runtime.InteropServices;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Text;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Matching.Index;

/// <summary>
/// A profile turned into what the index keeps: each distinct term (and two-word phrase, and concept) once, with its
/// count in each field, and the themes it offers and seeks. One entry per term rather than one dictionary per field, so
/// that the index interns each term once whatever the number of fields it is in (the text holds every term of the
/// other two); with the terms' UTF-8 and hashes (<see cref="TermKeys"/>), made here on every core rather than by the
/// index's one writer.
/// </summary>
internal sealed record ProfileAnalysis(
    TermCounts[] Terms,
    TermKeys Keys,
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
        // (description, supply, demand), so that terms get their ids in the order they are first met. Each source is
        // folded once, for its terms, its concepts, its themes and its language alike.
        var counts = new Dictionary<string, TermCounts>(StringComparer.Ordinal);
        var source = new FoldedSource();
        var descriptionLanguage = source.Count(counts, description, analyzer, phrases: false, new TermCounts(null!, 1, 1, 0));
        var descriptionThemes = taxonomy.FindInFolded(source.Folded, source.Words);
        source.Count(counts, supplyText, analyzer, phrases: true, new TermCounts(null!, 1, 2, 0));
        var supplyThemes = taxonomy.FindInFolded(source.Folded, source.Words);
        var demandLanguage = source.Count(counts, demandText, analyzer, phrases: true, new TermCounts(null!, 1, 0, 1));
        var sought = new HashSet<string>(taxonomy.FindInFolded(source.Folded, source.Words), StringComparer.Ordinal);
        var terms = new TermCounts[counts.Count];
        var i = 0;
        foreach (var (term, count) in counts)
        {
            terms[i++] = count with { Term = term };
        }

        var offered = Offered(profile, supplyThemes, descriptionThemes, sought, taxonomy);

        // As LanguageOf(profile.Description ?? demandText), from the evidence the analyzer summed already.
        var language = profile.Description is null ? demandLanguage : descriptionLanguage;
        return new ProfileAnalysis(terms, TermKeys.Of(terms), offered, sought, language == Language.Unknown ? Language.English : language);
    }

    /// <summary>
    /// The themes an actor offers: those its offers and keywords name, and those it declares or its description names
    /// unless it seeks them or a theme above them (its needs name them or a sub-theme, and no offer does). A theme is
    /// declared for what an actor works on, needs included: a company that declares computer vision and industrial IoT
    /// and needs visual inspection and IoT retrofits offers neither, nor the AI and IoT above them.
    /// </summary>
    internal static HashSet<string> Offered(MatchProfile profile, string supplyText, string description, HashSet<string> sought, ThemeTaxonomy taxonomy) =>
        Offered(profile, taxonomy.FindInText(supplyText), taxonomy.FindInText(description), sought, taxonomy);

    /// <summary>As <see cref="Offered(MatchProfile, string, string, HashSet{string}, ThemeTaxonomy)"/>, from the themes found in the supply and in the description.</summary>
    private static HashSet<string> Offered(MatchProfile profile, IReadOnlyList<string> supplyThemes, IReadOnlyList<string> descriptionThemes, HashSet<string> sought, ThemeTaxonomy taxonomy)
    {
        var offered = new HashSet<string>(supplyThemes, StringComparer.Ordinal);
        var soughtOnly = taxonomy.WithAncestors(sought);
        soughtOnly.ExceptWith(taxonomy.WithAncestors(offered));
        foreach (var theme in profile.Themes.Where(taxonomy.Contains).Concat(descriptionThemes))
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

        CountTerms(counts, analyzer.Terms(text), phrases, weights);
        foreach (var concept in ConceptLexicon.TermsIn(text))
        {
            Add(counts, concept, weights);
        }
    }

    private static void CountTerms(Dictionary<string, TermCounts> counts, IReadOnlyList<string> terms, bool phrases, TermCounts weights)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            Add(counts, terms[i], weights);
            if (phrases && i > 0)
            {
                Add(counts, string.Concat(terms[i - 1], "_", terms[i]), weights);
            }
        }
    }

    private static void Add(Dictionary<string, TermCounts> counts, string term, TermCounts weights)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _);
        count = new TermCounts(null!, count.Text + weights.Text, count.Supply + weights.Supply, count.Demand + weights.Demand);
    }

    /// <summary>One source text of a profile at a time, folded once for its terms, concepts, themes and language.</summary>
    private sealed class FoldedSource
    {
        private readonly List<string> terms = [];

        public string Folded { get; private set; } = "";

        public List<FoldedWord> Words { get; } = [];

        /// <summary>
        /// Folds <paramref name="text"/> and counts its terms, phrases and concepts as <see cref="ProfileAnalysis.Count"/>
        /// does; the language detected for it (<see cref="Language.Unknown"/> for a blank text, as
        /// <see cref="LanguageOf"/> would start from).
        /// </summary>
        public Language Count(Dictionary<string, TermCounts> counts, string text, TextAnalyzer analyzer, bool phrases, TermCounts weights)
        {
            Folded = TextFolding.Fold(text, Words);
            if (string.IsNullOrWhiteSpace(text))
            {
                return Language.Unknown;
            }

            terms.Clear();
            var language = analyzer.CollectTerms(text, Folded, Words, terms);
            CountTerms(counts, terms, phrases, weights);
            foreach (var concept in ConceptLexicon.TermsInFolded(Folded, Words))
            {
                Add(counts, concept, weights);
            }

            return language;
        }
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
