namespace Matchmaking.Matching.Index;

/// <summary>
/// A stable 64-bit hash of a term's UTF-8 (FNV-1a over its bytes, then a finaliser that spreads the bits), where the
/// <see cref="TermDictionary"/> looks for the term (terms with the same hash are told apart by their text).
/// </summary>
internal static class TermHash
{
    public static ulong Of(ReadOnlySpan<byte> utf8)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 1099511628211UL;
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
