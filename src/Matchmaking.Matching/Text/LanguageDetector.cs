using System.Collections.Frozen;
using System.Globalization;

namespace Matchmaking.Matching.Text;

/// <summary>
/// Tells whether a text is Italian or English from what it contains, not from what its author declared: stop words that
/// only one of the languages uses, and the character trigrams of its other words ("-zione", "gli", "zz" against "th",
/// "-ing", "w"). Works on a single word ("manutenzione" → Italian, "maintenance" → English).
/// </summary>
public static class LanguageDetector
{
    /// <summary>Evidence of one stop word that only one language uses, in log-odds.</summary>
    internal const float StopWordWeight = 4f;

    /// <summary>The most one content word can weigh, so that a long word does not outvote a sentence.</summary>
    internal const float MaxWordWeight = 8f;

    /// <summary>
    /// Summed evidence below this, either way, is no evidence: a word like "design" or "machine" is spelled alike in both
    /// languages and its trigrams cancel out.
    /// </summary>
    internal const float MinEvidence = 1f;

    /// <summary>
    /// A word whose own trigrams weigh at least this much towards one language is taken to be of that language even in
    /// a text of the other ("learning", "blockchain", "cloud" in an Italian profile). Past this weight one word is
    /// misjudged for 1.5% of Italian and 0.3% of English words.
    /// </summary>
    internal const float LoanwordWeight = 6f;

    private static readonly FrozenDictionary<int, float> Trigrams = ParseTrigrams(LanguageTrigrams.Table);

    /// <summary>
    /// The language of <paramref name="text"/>: <see cref="Language.Unknown"/> only when it has no evidence of either
    /// (empty, only numbers, acronyms or words spelled alike in both languages); otherwise the language with more
    /// evidence, so a mostly Italian text that quotes English terms is Italian.
    /// </summary>
    public static Language Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFolding.Fold(text);
        var evidence = 0f;
        foreach (var range in folded.AsSpan().Split(' '))
        {
            var word = folded.AsSpan(range);
            if (word.Length <= TextAnalyzer.MaxWordLength)
            {
                evidence += WordEvidence(word);
            }
        }

        return Decide(evidence);
    }

    /// <summary>The language that <paramref name="evidence"/> (positive for Italian) points to.</summary>
    internal static Language Decide(float evidence) => evidence switch
    {
        >= MinEvidence => Language.Italian,
        <= -MinEvidence => Language.English,
        _ => Language.Unknown,
    };

    /// <summary>
    /// The evidence one folded word gives, in log-odds, positive for Italian: a stop word of only one language counts
    /// <see cref="StopWordWeight"/>; any other word its trigrams, capped at <see cref="MaxWordWeight"/>.
    /// </summary>
    internal static float WordEvidence(ReadOnlySpan<char> word)
    {
        if (StopWords.IsItalianOnly(word))
        {
            return StopWordWeight;
        }

        if (StopWords.IsEnglishOnly(word))
        {
            return -StopWordWeight;
        }

        return Math.Clamp(TrigramScore(word), -MaxWordWeight, MaxWordWeight);
    }

    /// <summary>The summed trigram log-odds of a folded word padded with '_' (positive for Italian).</summary>
    internal static float TrigramScore(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return 0f;
        }

        var score = 0f;
        var previous2 = Code('_');
        var previous1 = Code(word[0]);
        for (var i = 1; i <= word.Length; i++)
        {
            var current = i < word.Length ? Code(word[i]) : Code('_');
            if (previous2 >= 0 && previous1 >= 0 && current >= 0
                && Trigrams.TryGetValue(Key(previous2, previous1, current), out var weight))
            {
                score += weight;
            }

            previous2 = previous1;
            previous1 = current;
        }

        return score;
    }

    private static int Code(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        '_' => 26,
        _ => -1, // digits and other scripts give no evidence
    };

    private static int Key(int a, int b, int c) => (((a * 27) + b) * 27) + c;

    private static FrozenDictionary<int, float> ParseTrigrams(string table)
    {
        var map = new Dictionary<int, float>();
        foreach (var entry in table.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var weight = float.Parse(entry.AsSpan(3), NumberStyles.Float, CultureInfo.InvariantCulture);
            map[Key(Code(entry[0]), Code(entry[1]), Code(entry[2]))] = weight;
        }

        return map.ToFrozenDictionary();
    }
}
