using System.Collections.Concurrent;

namespace Matchmaking.Matching.Text;

/// <summary>
/// What the analyzer learns about a folded token, kept across texts. Word frequencies follow Zipf's law, so a bounded
/// cache serves almost every token of a large corpus without allocating or recomputing; once full it stops growing and
/// new tokens are computed each time.
/// </summary>
internal sealed class TokenCache
{
    private readonly ConcurrentDictionary<string, TokenInfo> entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TokenInfo>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int capacity;
    private int count;

    public TokenCache(int capacity)
    {
        this.capacity = capacity;
        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public TokenInfo Get(ReadOnlySpan<char> token)
    {
        if (lookup.TryGetValue(token, out var info))
        {
            return info;
        }

        info = new TokenInfo(token.ToString());
        if (Volatile.Read(ref count) < capacity && entries.TryAdd(info.Token, info))
        {
            Interlocked.Increment(ref count);
        }

        return info;
    }
}

/// <summary>A folded token and what was computed about it; stems are filled in lazily (a race computes one twice).</summary>
internal sealed class TokenInfo
{
    private string? italianStem;
    private string? englishStem;

    public TokenInfo(string token)
    {
        Token = token;
        TrigramScore = LanguageDetector.TrigramScore(token);
        Evidence = LanguageDetector.WordEvidence(token);
        IsStopInItalianText = StopWords.IsStopWord(token, Language.Italian);
        IsStopInOtherText = StopWords.IsStopWord(token, Language.English);
    }

    public string Token { get; }

    /// <summary>The token's own trigram evidence, positive for Italian.</summary>
    public float TrigramScore { get; }

    /// <summary>What the token contributes to its text's language evidence.</summary>
    public float Evidence { get; }

    public bool IsStopInItalianText { get; }

    public bool IsStopInOtherText { get; }

    public bool IsStopWord(Language textLanguage) =>
        textLanguage == Language.Italian ? IsStopInItalianText : IsStopInOtherText;

    public string StemFor(Language language) => language switch
    {
        Language.Italian => italianStem ??= SnowballItalianStemmer.Instance.Stem(Token),
        Language.English => englishStem ??= SnowballEnglishStemmer.Instance.Stem(Token),
        _ => Token,
    };
}
