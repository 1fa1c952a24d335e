namespace Matchmaking.Matching.Index;

/// <summary>The documents containing one term in one field, with the term's frequency in each. Unordered.</summary>
internal sealed class PostingList
{
    private int[] documents = new int[2];
    private ushort[] frequencies = new ushort[2];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Documents => documents.AsSpan(0, Count);

    public ReadOnlySpan<ushort> Frequencies => frequencies.AsSpan(0, Count);

    public void Add(int document, ushort frequency)
    {
        if (Count == documents.Length)
        {
            Array.Resize(ref documents, Count * 2);
            Array.Resize(ref frequencies, Count * 2);
        }

        documents[Count] = document;
        frequencies[Count] = frequency;
        Count++;
    }

    /// <summary>Removes the document (swap with the last entry; order does not matter).</summary>
    public void Remove(int document)
    {
        var index = Array.IndexOf(documents, document, 0, Count);
        if (index < 0)
        {
            return;
        }

        Count--;
        documents[index] = documents[Count];
        frequencies[index] = frequencies[Count];
        if (Count > 16 && Count < documents.Length / 4)
        {
            Array.Resize(ref documents, documents.Length / 2);
            Array.Resize(ref frequencies, frequencies.Length / 2);
        }
    }
}
