namespace Matchmaking.Matching.Text;

/// <summary>A cheap 32-bit hash of short texts (FNV-1a over the UTF-16 code units), for in-process tables and masks.</summary>
internal static class CharHash
{
    /// <summary>The FNV-1a hash of the characters. Its low bits mix only the characters' low bits: take the top bits.</summary>
    public static uint Fnv1a(ReadOnlySpan<char> text)
    {
        var hash = 2166136261;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}
