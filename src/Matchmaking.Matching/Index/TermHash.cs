namespace Matchmaking.Matching.Index;

/// <summary>
/// A stable 64-bit hash of a term (FNV-1a over its UTF-16 code units, then a finaliser that spreads the bits), where
/// the <see cref="TermDictionary"/> looks for the term (it keeps the low 32 bits, and tells terms with the same bits
/// apart by their text).
/// </summary>
internal static class TermHash
{
    public static ulong Of(string term)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in term)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        // MurmurHash3's fmix64.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        return hash;
    }
}
