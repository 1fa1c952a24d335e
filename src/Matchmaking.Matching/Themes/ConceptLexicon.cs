namespace Matchmaking.Matching.Themes;

/// <summary>
/// Bilingual words for things that are not themes (materials such as plastics, metals, textiles), found in text as the
/// taxonomy finds its themes and indexed as one term per concept, so that "plastica riciclata", "polimeri riciclati"
/// and "recycled plastics" meet where their words do not. Kept in <c>concepts.json</c>, in the taxonomy's format, so
/// the theme list that profiles declare and pages show does not change. Immutable, shared.
/// </summary>
public static class ConceptLexicon
{
    private const string ResourceName = "Matchmaking.Matching.concepts.json";

    /// <summary>What starts a concept's term: a character that no word of the text analyzer contains.</summary>
    public const char TermMark = '@';

    private static readonly Lazy<ThemeTaxonomy> Concepts = new(Load);

    /// <summary>The terms (<c>@plastics</c>, …) of the concepts named in <paramref name="text"/>, each once.</summary>
    public static IEnumerable<string> TermsIn(string text) => Concepts.Value.FindInText(text).Select(id => TermMark + id);

    /// <summary>As <see cref="TermsIn"/>, in a text already folded into <paramref name="words"/>.</summary>
    internal static IEnumerable<string> TermsInFolded(string folded, List<Text.FoldedWord> words) =>
        Concepts.Value.FindInFolded(folded, words).Select(id => TermMark + id);

    /// <summary>Whether a term of the index is a concept's, not a word's (never shown as a word someone wrote).</summary>
    public static bool IsConcept(string term) => term.Length > 0 && term[0] == TermMark;

    /// <summary>A concept term's label in Italian or English ("materie plastiche"), lower-case as it stands in a list of words.</summary>
    public static string Label(string term, bool italian) =>
        Concepts.Value.TryGet(term.TrimStart(TermMark), out var concept) ? (italian ? concept.LabelIt : concept.LabelEn).ToLowerInvariant() : term;

    private static ThemeTaxonomy Load()
    {
        using var stream = typeof(ConceptLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The concept resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return ThemeTaxonomy.Parse(reader.ReadToEnd());
    }
}
