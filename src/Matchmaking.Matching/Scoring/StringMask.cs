namespace Matchmaking.Matching.Scoring;

/// <summary>
/// A one-word summary of a set of strings (one bit of 64 per string, chosen by its hash): two lists whose masks share no
/// bit share no string, so most comparisons of phrases that have nothing in common end on one AND. Masks are only
/// compared within one process (string hashes differ between runs).
/// </summary>
internal static class StringMask
{
    public static ulong Of(string[] items)
    {
        var mask = 0UL;
        foreach (var item in items)
        {
            mask |= Bit(item);
        }

        return mask;
    }

    public static ulong Bit(string item) => 1UL << (StringComparer.Ordinal.GetHashCode(item) & 63);
}
