using System.Collections.Concurrent;

namespace Matchmaking.Matching.Text;

/// <summary>
/// What the analyzer learns about a folded token, kept across texts. Word frequencies follow Zipf's law, so a bounded
/// cache serves almost every token of a large corpus without allocating or recomputing; once full it stops growing and
/// new tokens are computed each time.
/// </summary>
/// <remarks>
/// In front of the shared dictionary each thread keeps the tokens it met last in a small table (one per hash slot):
/// the frequent words stay there, and reading it misses the processor's caches far less than the large dictionary.
/// A token's <see cref="TokenInfo"/> depends only on the token, so the table may serve any cache's tokens.
/// </remarks>
internal sealed class TokenCache
{
    /// <summary>Each thread's table of recent tokens has 2^this slots.</summary>
    private const int RecentSlotBits = 11;

    [ThreadStatic]
    private static TokenInfo?[]? recent;

    private readonly ConcurrentDictionary<string, TokenInfo> entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TokenInfo>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int capacity;
    private int count;

    public TokenCache(int capacity)
    {
        this.capacity = capacity;
        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Forgets the shared tokens (each thread's table of recent ones keeps at most 2,048): for measuring what an index
    /// holds apart from the cache. The cache fills again as texts are analysed.
    /// </summary>
    public void Clear()
    {
        entries.Clear();
        Volatile.Write(ref count, 0);
    }

    public TokenInfo Get(ReadOnlySpan<char> token)
    {
        var table = recent ??= new TokenInfo?[1 << RecentSlotBits];
        ref var slot = ref table[Slot(token)];
        if (slot is { } known && token.SequenceEqual(known.Token))
        {
            return known;
        }

        return slot = Shared(token);
    }

    private TokenInfo Shared(ReadOnlySpan<char> token)
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

    /// <summary>A token's slot in the table of recent tokens: the top bits of an FNV-1a hash of its characters.</summary>
    private static int Slot(ReadOnlySpan<char> token) => (int)(CharHash.Fnv1a(token) >> (32 - RecentSlotBits));
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
