namespace Matchmaking.Grains.Directory;

/// <summary>
/// A 1,024-bit sketch of the three-character sequences of a folded text: a text can contain a word only if its sketch
/// holds every bit of the word's, so a text search tests most entries with 16 ANDs and reads the text of the few
/// that may match (false positives ~1-2% for a 7-letter word against a 100-word profile; never a false negative).
/// </summary>
internal static class TrigramSketch
{
    private const int Longs = 16;

    public static ulong[] Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sketch = new ulong[Longs];
        for (var i = 0; i + 2 < text.Length; i++)
        {
            var bit = Bit(text[i], text[i + 1], text[i + 2]);
            sketch[bit >> 6] |= 1UL << (bit & 63);
        }

        return sketch;
    }

    /// <summary>Whether a text with sketch <paramref name="text"/> may contain a word with sketch <paramref name="word"/>.</summary>
    public static bool MayContain(ulong[] text, ulong[] word)
    {
        for (var i = 0; i < Longs; i++)
        {
            if ((text[i] & word[i]) != word[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int Bit(char a, char b, char c)
    {
        var hash = ((uint)a * 31 + b) * 31 + c;
        return (int)((hash * 0x9E3779B1u) >> 22); // 10 bits
    }
}
