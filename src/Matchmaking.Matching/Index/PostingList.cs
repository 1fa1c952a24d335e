namespace Matchmaking.Matching.Index;

/// <summary>
/// The documents offering (or seeking) one theme, and the packing of every posting: one 32-bit number per document,
/// the document id in the high 24 bits, the frequency in the low 8 (255 standing for "255 or more": the exact count is
/// then read from the document's term vector, which a term that frequent in one profile almost never needs). The
/// words' lists, far more numerous, are kept without an object each in a <see cref="PostingStore"/>, packed the same
/// way. Unordered: a removed posting is replaced by the last one. Grows by a quarter, so that little of the array is
/// empty.
/// </summary>
internal sealed class PostingList
{
    /// <summary>Documents ids must be below this (16,777,216): the index holds fewer profiles than that.</summary>
    public const int MaxDocuments = 1 << 24;

    /// <summary>The frequency kept in a posting for a frequency of this or more.</summary>
    public const int SaturatedFrequency = byte.MaxValue;

    private uint[] postings = new uint[4];

    public int Count { get; private set; }

    /// <summary>The postings (see <see cref="DocumentOf"/> and <see cref="FrequencyOf"/>).</summary>
    public ReadOnlySpan<uint> Postings => postings.AsSpan(0, Count);

    public static int DocumentOf(uint posting) => (int)(posting >> 8);

    /// <summary>The posting's frequency, or <see cref="SaturatedFrequency"/> for that or more.</summary>
    public static int FrequencyOf(uint posting) => (int)(posting & 0xFF);

    public static uint Pack(int document, int frequency)
    {
        if ((uint)document >= MaxDocuments)
        {
            throw new InvalidOperationException($"The index holds at most {MaxDocuments:N0} documents.");
        }

        return ((uint)document << 8) | (uint)Math.Min(frequency, SaturatedFrequency);
    }

    public void Add(int document, int frequency)
    {
        if (Count == postings.Length)
        {
            Array.Resize(ref postings, Count + (Count / 4) + 2);
        }

        postings[Count++] = Pack(document, frequency);
    }

    /// <summary>Removes the document (swap with the last entry; order does not matter).</summary>
    public void Remove(int document)
    {
        var index = -1;
        for (var i = 0; i < Count; i++)
        {
            if (DocumentOf(postings[i]) == document)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return;
        }

        Count--;
        postings[index] = postings[Count];
        if (Count > 16 && Count < postings.Length / 4)
        {
            Array.Resize(ref postings, postings.Length / 2);
        }
    }
}
