namespace Matchmaking.Bench.Synthetic;

/// <summary>
/// What a synthetic text in one language is made of: function words (which the analyzer drops, but which
/// make texts as long as real ones), a Zipf vocabulary of content words, and Zipf-distributed two-word
/// collocations, so that phrases repeat across profiles the way "supply chain" or "linea di produzione" do.
/// </summary>
public sealed class SyntheticLanguage
{
    private SyntheticLanguage(IReadOnlyList<string> functionWords, ZipfVocabulary words, ZipfVocabulary collocations, bool italian)
    {
        FunctionWords = functionWords;
        Words = words;
        Collocations = collocations;
        IsItalian = italian;
    }

    /// <summary>Content words in the vocabulary of each language (head of real words, then pseudo-words).</summary>
    public const int VocabularySize = 60_000;

    public static SyntheticLanguage Italian { get; } = Create(
        italian: true,
        ["di", "e", "il", "la", "per", "con", "che", "in", "un", "una", "dei", "delle", "nel", "alla", "del", "le", "gli", "da", "su", "nostri"],
        [
            "azienda", "progetto", "sviluppo", "soluzioni", "clienti", "produzione", "qualità", "processi", "impianti", "servizi",
            "ottone", "valvole", "stampaggio", "lavorazioni", "precisione", "software", "piattaforma", "dati", "sensori", "laboratorio",
            "energia", "materiali", "riciclo", "filiera", "formazione", "innovazione", "ricerca", "tecnologie", "mercato", "prodotti",
            "industriale", "sistemi", "gestione", "controllo", "componenti", "macchine", "automazione", "sostenibilità", "digitale", "competenze",
        ],
        ["zione", "mento", "ale", "ico", "ivo", "ore", "ità", "ista", "ario", "ura", "anza", "ente"],
        seed: 11);

    public static SyntheticLanguage English { get; } = Create(
        italian: false,
        ["the", "and", "of", "for", "in", "a", "to", "with", "on", "our", "we", "is", "are", "by", "from", "as", "an", "that", "this", "its"],
        [
            "company", "project", "development", "solutions", "customers", "production", "quality", "processes", "plants", "services",
            "brass", "valves", "moulding", "machining", "precision", "platform", "data", "sensors", "laboratory", "research",
            "energy", "materials", "recycling", "supply", "training", "innovation", "technologies", "market", "products", "industrial",
            "systems", "management", "control", "components", "machines", "automation", "sustainability", "digital", "skills", "design",
        ],
        ["tion", "ment", "al", "ic", "ive", "er", "ity", "ing", "ics", "ness", "ure", "ance"],
        seed: 13);

    public IReadOnlyList<string> FunctionWords { get; }

    public ZipfVocabulary Words { get; }

    public ZipfVocabulary Collocations { get; }

    public bool IsItalian { get; }

    private static SyntheticLanguage Create(bool italian, string[] functionWords, string[] head, string[] endings, int seed)
    {
        var words = ZipfVocabulary.WithPseudoWords(head, VocabularySize, endings, exponent: 1.0, seed);
        var random = new Random(seed + 1);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        while (pairs.Count < 20_000)
        {
            // Collocations are made of fairly common words: draw both from the first 5,000 ranks.
            pairs.Add($"{Common(words, random)} {Common(words, random)}");
        }

        return new SyntheticLanguage(functionWords, words, new ZipfVocabulary([.. pairs], exponent: 1.0), italian);
    }

    private static string Common(ZipfVocabulary words, Random random)
    {
        int rank;
        do
        {
            rank = words.SampleRank(random);
        }
        while (rank >= 5_000);
        return words[rank];
    }
}
