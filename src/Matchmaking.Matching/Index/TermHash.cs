namespace Matchmaking.Matching.Index;

/// <summary>
/// A stable 64-bit hash of a term (FNV-1a over its UTF-16 code units, then a finaliser that spreads the bits), the
/// key of the <see cref="TermDictionary"/>. Two terms with the same hash would count as one term; among the ~10⁷
/// distinct terms of a large index the chance of any such pair is about 10⁻⁵.
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
