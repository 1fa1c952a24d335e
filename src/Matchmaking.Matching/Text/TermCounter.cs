using System.Runtime.InteropServices;

namespace Matchmaking.Matching.Text;

/// <summary>Term frequencies: the sparse vector of a text that the index weights and compares.</summary>
public static class TermCounter
{
    /// <summary>How many times each term occurs in <paramref name="terms"/> (ordinal comparison).</summary>
    public static Dictionary<string, int> Count(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _)++;
        }

        return counts;
    }
}
