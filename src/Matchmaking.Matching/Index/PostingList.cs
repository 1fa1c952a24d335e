using System.Runtime.InteropServices;

namespace Matchmaking.Matching.Index;

/// <summary>
/// The documents containing one term in one field, with the term's frequency in each. Unordered. Most terms occur in
/// one document only, so the first posting is kept inline and the arrays are made for the second.
/// </summary>
internal sealed class PostingList
{
    private int first;
    private ushort firstFrequency;
    private int[]? documents;
    private ushort[]? frequencies;

    public int Count { get; private set; }

    public ReadOnlySpan<int> Documents => documents is null
        ? MemoryMarshal.CreateReadOnlySpan(ref first, Count)
        : documents.AsSpan(0, Count);

    public ReadOnlySpan<ushort> Frequencies => frequencies is null
        ? MemoryMarshal.CreateReadOnlySpan(ref firstFrequency, Count)
        : frequencies.AsSpan(0, Count);

    public void Add(int document, ushort frequency)
    {
        if (documents is null)
        {
            if (Count == 0)
            {
                (first, firstFrequency, Count) = (document, frequency, 1);
                return;
            }

            (documents, frequencies) = (new int[4], new ushort[4]);
            (documents[0], frequencies[0]) = (first, firstFrequency);
        }
        else if (Count == documents.Length)
        {
            Array.Resize(ref documents, Count * 2);
            Array.Resize(ref frequencies, Count * 2);
        }

        documents[Count] = document;
        frequencies![Count] = frequency;
        Count++;
    }

    /// <summary>Removes the document (swap with the last entry; order does not matter).</summary>
    public void Remove(int document)
    {
        if (documents is null)
        {
            if (Count == 1 && first == document)
            {
                Count = 0;
            }

            return;
        }

        var index = Array.IndexOf(documents, document, 0, Count);
        if (index < 0)
        {
            return;
        }

        Count--;
        documents[index] = documents[Count];
        frequencies![index] = frequencies[Count];
        if (Count > 16 && Count < documents.Length / 4)
        {
            Array.Resize(ref documents, documents.Length / 2);
            Array.Resize(ref frequencies, frequencies.Length / 2);
        }
    }
}
