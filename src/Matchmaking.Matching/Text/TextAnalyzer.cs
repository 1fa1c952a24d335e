using System.Buffers;

namespace Matchmaking.Matching.Text;

/// <summary>
/// Turns profile text into the terms the index compares: fold (case, accents, punctuation), split into words, drop stop
/// words of both languages and domain noise, stem with the stemmer of the detected language. Italian and English forms
/// of one word meet ("sensori industriali" and "sensore industriale" both give "sensor", "industrial"); Italian and
/// English words for one concept do not ("manutenzione"/"maintenance"): that is the taxonomy's job.
/// </summary>
/// <remarks>
/// <para><b>Words.</b> A word is a run of letters and digits of the folded text, so hyphens and apostrophes split words
/// ("real-time" → "real", "time"; "l'impresa" → "l", "impresa"); the compound survives as a phrase
/// (<see cref="Phrases"/>: "real_time"). Single characters are dropped (elided articles, initials), and so are words
/// longer than <see cref="MaxWordLength"/> characters (identifiers, encoded data).</para>
/// <para><b>Digits.</b> Words mixing letters and digits are names of things and are kept as they are, unstemmed: "5g",
/// "co2", "b2b", "3d", "h2020". Numbers alone (years, quantities, phone and VAT numbers, postcodes) are dropped, with two
/// exceptions that name things: a version-like number written with a point ("Industria 4.0", "Web 2.0" → "4.0",
/// "2.0") and a number that follows the name of a standards body ("ISO 9001", "ISO/IEC 27001" → "9001", "27001").</para>
/// <para><b>Stop words.</b> Those of both languages are dropped whatever the text's language (texts mix them), except
/// that "ai" and "era" are Italian stop words but English content words, so they are kept in text not detected as
/// Italian; and "AI" and "IT" written in capitals are kept in any text.</para>
/// <para><b>Stemming.</b> Each word is stemmed with the stemmer of the text's language, unless its own spelling is
/// strongly of the other language (<see cref="LanguageDetector"/>): English loanwords in Italian text ("learning",
/// "cloud", "marketing") get the English stem and Italian words quoted in English text the Italian one, so that the
/// same word gets the same term whatever the language around it. When the text's language is unknown each word is
/// stemmed in the language its own spelling leans to, and kept as it is when it leans to neither.</para>
/// <para>The analyzer is immutable apart from a bounded, thread-safe cache of tokens, so one instance serves every
/// thread; <see cref="Default"/> is that instance.</para>
/// </remarks>
public sealed class TextAnalyzer
{
    /// <summary>Words longer than this many characters are not words of a profile and are dropped.</summary>
    public const int MaxWordLength = 40;

    /// <summary>The largest number of words a phrase may have.</summary>
    public const int MaxPhraseWords = 6;

    private const int TokenCacheCapacity = 200_000;

    private static readonly string[] StandardsBodies = ["iso", "iec", "en", "uni", "cei", "din", "ieee", "astm", "iatf"];

    [ThreadStatic]
    private static List<FoldedWord>? wordsOfThread;

    [ThreadStatic]
    private static List<string>? termsOfThread;

    private readonly TokenCache tokens = new(TokenCacheCapacity);

    /// <summary>The shared analyzer.</summary>
    public static TextAnalyzer Default { get; } = new();

    /// <summary>Forgets the tokens learnt so far (see <see cref="TokenCache.Clear"/>); for benchmarks that measure an index's own memory.</summary>
    internal void ClearTokenCache() => tokens.Clear();

    /// <summary>The terms of <paramref name="text"/> in order of occurrence, repeated as often as they occur.</summary>
    public IReadOnlyList<string> Terms(string text) => Analyze(text).Terms;

    /// <summary>
    /// The terms of <paramref name="text"/>, as <see cref="Terms"/> gives them, in an array of their own: for callers that
    /// keep or compare many short texts and need neither the language nor a list around the terms.
    /// </summary>
    internal string[] TermArray(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = termsOfThread ??= [];
        try
        {
            CollectTerms(text, terms);
            return terms.Count == 0 ? [] : [.. terms];
        }
        finally
        {
            // As for the words: a huge text must not pin its term list to the thread for ever.
            if (terms.Capacity > 4096)
            {
                termsOfThread = null;
            }
            else
            {
                terms.Clear();
            }
        }
    }

    /// <summary>The terms of <paramref name="text"/> (as <see cref="Terms"/>) and the language detected for it.</summary>
    public AnalyzedText Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        var language = CollectTerms(text, terms);
        return new AnalyzedText(language, terms);
    }

    /// <summary>
    /// The multi-word terms of <paramref name="text"/>: every run of 2 to <paramref name="maxWords"/> consecutive terms,
    /// joined by '_' ("manutenzione predittiva delle presse" → "manutenzion_predittiv", "predittiv_press",
    /// "manutenzion_predittiv_press"), all bigrams first, then trigrams, each in order of occurrence. Dropped words do
    /// not break a run, so "Internet of Things" gives "internet_thing", as a taxonomy's "internet of things" does.
    /// </summary>
    public IReadOnlyList<string> Phrases(string text, int maxWords = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWords, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxWords, MaxPhraseWords);

        var terms = new List<string>();
        CollectTerms(text, terms);
        var phrases = new List<string>();
        for (var size = 2; size <= maxWords; size++)
        {
            for (var start = 0; start + size <= terms.Count; start++)
            {
                phrases.Add(Join(terms, start, size));
            }
        }

        return phrases;
    }

    /// <summary>How many times each term occurs in <paramref name="text"/>.</summary>
    public Dictionary<string, int> TermFrequencies(string text) => TermCounter.Count(Terms(text));

    private Language CollectTerms(string text, List<string> terms)
    {
        var words = wordsOfThread ??= [];
        try
        {
            return CollectTerms(text, TextFolding.Fold(text, words), words, terms);
        }
        finally
        {
            // A huge text must not pin its word list to the thread for ever.
            if (words.Capacity > 4096)
            {
                wordsOfThread = null;
            }
            else
            {
                words.Clear();
            }
        }
    }

    /// <summary>
    /// Adds the terms of <paramref name="text"/>, already folded (<see cref="TextFolding.Fold(string, List{FoldedWord})"/>)
    /// into <paramref name="foldedText"/> and its <paramref name="words"/>, to <paramref name="terms"/>, as
    /// <see cref="Terms"/> gives them; returns the language detected for the text (as <see cref="LanguageDetector.Detect"/>
    /// would: the same evidence, summed in the same order). One fold then serves the terms, the concepts and the themes.
    /// </summary>
    internal Language CollectTerms(string text, string foldedText, List<FoldedWord> words, List<string> terms)
    {
        TokenInfo?[]? infos = null;
        try
        {
            var folded = foldedText.AsSpan();
            infos = ArrayPool<TokenInfo?>.Shared.Rent(words.Count);

            // First pass: look every word up once, and weigh the evidence of the text's language.
            var evidence = 0f;
            for (var i = 0; i < words.Count; i++)
            {
                var word = folded.Slice(words[i].Start, words[i].Length);
                var isWord = word.Length <= MaxWordLength && !(char.IsAsciiDigit(word[0]) && IsNumber(word));
                var info = isWord ? tokens.Get(word) : null;
                infos[i] = info;
                evidence += info?.Evidence ?? 0f;
            }

            var language = LanguageDetector.Decide(evidence);
            for (var i = 0; i < words.Count; i++)
            {
                var info = infos[i];
                if (info is null)
                {
                    i += AddNumber(text, folded, words, i, terms);
                }
                else if (info.Token.Length < 2)
                {
                    continue;
                }
                else if (ContainsDigit(info.Token))
                {
                    terms.Add(info.Token); // "5g", "co2": names, not inflected words
                }
                else if (!info.IsStopWord(language) || IsCapitalizedAcronym(info.Token, words[i]))
                {
                    terms.Add(info.StemFor(StemmingLanguage(language, info.TrigramScore)));
                }
            }

            return language;
        }
        finally
        {
            if (infos is not null)
            {
                ArrayPool<TokenInfo?>.Shared.Return(infos, clearArray: true);
            }
        }
    }

    private static Language StemmingLanguage(Language textLanguage, float wordScore) => textLanguage switch
    {
        Language.Italian => wordScore <= -LanguageDetector.LoanwordWeight ? Language.English : Language.Italian,
        Language.English => wordScore >= LanguageDetector.LoanwordWeight ? Language.Italian : Language.English,
        _ => LanguageDetector.Decide(wordScore),
    };

    private static bool IsCapitalizedAcronym(string word, FoldedWord where) =>
        where.IsAllCaps && word is "ai" or "it";

    /// <summary>
    /// Adds the term of the number at <paramref name="index"/>, if it names something, and returns how many following
    /// words it consumed.
    /// </summary>
    private int AddNumber(string text, ReadOnlySpan<char> folded, List<FoldedWord> words, int index, List<string> terms)
    {
        var number = folded.Slice(words[index].Start, words[index].Length);
        if (!IsNumber(number))
        {
            return 0; // a word too long to be one
        }

        if (number.Length <= 2 && index + 1 < words.Count && words[index + 1].Length == 1)
        {
            var next = folded.Slice(words[index + 1].Start, 1);
            if (char.IsAsciiDigit(next[0]))
            {
                Span<char> version = stackalloc char[number.Length + 2];
                number.CopyTo(version);
                version[number.Length] = '.';
                version[^1] = next[0];
                if (text.AsSpan().Contains(version, StringComparison.Ordinal))
                {
                    terms.Add(tokens.Get(version).Token); // "4.0", folded to "4 0"
                    return 1;
                }
            }
        }

        if (number.Length >= 3 && number.Length <= 6 && index > 0)
        {
            var previous = folded.Slice(words[index - 1].Start, words[index - 1].Length);
            foreach (var body in StandardsBodies)
            {
                if (previous.SequenceEqual(body))
                {
                    terms.Add(tokens.Get(number).Token); // "ISO 9001"
                    break;
                }
            }
        }

        return 0;
    }

    private static bool IsNumber(ReadOnlySpan<char> word) => !word.ContainsAnyExceptInRange('0', '9');

    private static bool ContainsDigit(string word) => word.ContainsAnyInRange('0', '9');

    private static string Join(List<string> terms, int start, int size)
    {
        var length = size - 1;
        for (var i = start; i < start + size; i++)
        {
            length += terms[i].Length;
        }

        return string.Create(length, (terms, start, size), static (span, state) =>
        {
            var position = 0;
            for (var i = state.start; i < state.start + state.size; i++)
            {
                if (i > state.start)
                {
                    span[position++] = '_';
                }

                state.terms[i].CopyTo(span[position..]);
                position += state.terms[i].Length;
            }
        });
    }
}
