using Matchmaking.Matching.Themes;

namespace Matchmaking.Grains.Directory;

/// <summary>
/// Theme sets as 64-bit masks (one bit per taxonomy theme, in taxonomy order), so that a list filtered by theme tests
/// each entry with one AND. A taxonomy of more than 64 themes leaves the rest without a bit: <see cref="TryMask"/>
/// then says no and the caller compares the sets themselves.
/// </summary>
internal sealed class ThemeBits
{
    private readonly Dictionary<string, int> bits = new(StringComparer.Ordinal);

    public ThemeBits(ThemeTaxonomy taxonomy)
    {
        foreach (var theme in taxonomy.All.Take(64))
        {
            bits[theme.Id] = bits.Count;
        }
    }

    /// <summary>The mask of <paramref name="themes"/>, or false when one of them has no bit.</summary>
    public bool TryMask(IEnumerable<string> themes, out ulong mask)
    {
        (mask, var complete) = Of(themes);
        return complete;
    }

    /// <summary>The mask of <paramref name="themes"/> (themes without a bit left out), and whether every theme had one.</summary>
    public (ulong Mask, bool Complete) Of(IEnumerable<string> themes)
    {
        ulong mask = 0;
        var complete = true;
        foreach (var theme in themes)
        {
            if (bits.TryGetValue(theme, out var bit))
            {
                mask |= 1UL << bit;
            }
            else
            {
                complete = false;
            }
        }

        return (mask, complete);
    }
}
