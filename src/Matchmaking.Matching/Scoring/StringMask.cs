using Matchmaking.Matching.Text;

namespace Matchmaking.Matching.Scoring;

/// <summary>
/// A one-word summary of a set of strings (one bit of 64 per string, chosen by its hash): two lists whose masks share no
/// bit share no string, so most comparisons of phrases that have nothing in common end on one AND.
/// </summary>
internal static class StringMask
{
    /// <summary>An FNV-1a hash of the characters: terms and theme ids are short, and this is cheaper than the string's own.</summary>
    public static int Hash(string item) => (int)CharHash.Fnv1a(item);

    /// <summary>The bit of a hash: its top six bits (an FNV hash's low bits mix only the characters' low bits).</summary>
    public static ulong Bit(int hash) => 1UL << (int)((uint)hash >> 26);

    public static ulong Of(ReadOnlySpan<int> hashes)
    {
        var mask = 0UL;
        foreach (var hash in hashes)
        {
            mask |= Bit(hash);
        }

        return mask;
    }
}
