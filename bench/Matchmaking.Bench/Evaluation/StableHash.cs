namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// Process-independent hashing for seeded, reproducible orders (string.GetHashCode is randomised per process).
/// </summary>
public static class StableHash
{
    /// <summary>FNV-1a, 64 bits, over the UTF-16 code units.</summary>
    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 14695981039346656037UL;
        foreach (var ch in text)
        {
            hash = (hash ^ ch) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>SplitMix64 finaliser: spreads any 64-bit value over all bits.</summary>
    public static ulong Mix(ulong value)
    {
        value += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
