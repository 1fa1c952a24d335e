namespace Matchmaking.Matching.Scoring;

/// <summary>
/// A one-word summary of a set of strings (one bit of 64 per string, chosen by its hash): two lists whose masks share no
/// bit share no string, so most comparisons of phrases that have nothing in common end on one AND. Hashes and masks are
/// only compared within one process (string hashes differ between runs).
/// </summary>
internal static class StringMask
{
    public static int Hash(string item) => StringComparer.Ordinal.GetHashCode(item);

    public static ulong Bit(int hash) => 1UL << (hash & 63);

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
