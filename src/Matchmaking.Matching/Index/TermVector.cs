namespace Matchmaking.Matching.Index;

/// <summary>A document's terms in one field: ids ascending, with frequencies. Compact: two arrays.</summary>
internal readonly struct TermVector(int[] terms, ushort[] frequencies)
{
    public static TermVector Empty { get; } = new([], []);

    public int[] Terms { get; } = terms;

    public ushort[] Frequencies { get; } = frequencies;

    public int Length { get; } = SumOf(frequencies);

    public int Count => Terms.Length;

    /// <summary>The frequency of <paramref name="term"/>, 0 when absent (binary search).</summary>
    public int FrequencyOf(int term)
    {
        var index = Array.BinarySearch(Terms, term);
        return index >= 0 ? Frequencies[index] : 0;
    }

    public static TermVector From(Dictionary<int, int> counts)
    {
        if (counts.Count == 0)
        {
            return Empty;
        }

        var terms = counts.Keys.ToArray();
        Array.Sort(terms);
        var frequencies = new ushort[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            frequencies[i] = (ushort)Math.Min(counts[terms[i]], ushort.MaxValue);
        }

        return new TermVector(terms, frequencies);
    }

    /// <summary>The vector of one field: the terms (by their ids, in the same order as their counts) that occur in it.</summary>
    public static TermVector From(ReadOnlySpan<int> ids, ReadOnlySpan<TermCounts> counts, MatchField field)
    {
        var length = 0;
        foreach (var count in counts)
        {
            length += count.In(field) > 0 ? 1 : 0;
        }

        if (length == 0)
        {
            return Empty;
        }

        var terms = new int[length];
        var frequencies = new ushort[length];
        for (int i = 0, j = 0; i < counts.Length; i++)
        {
            if (counts[i].In(field) is var frequency and > 0)
            {
                terms[j] = ids[i];
                frequencies[j++] = (ushort)Math.Min(frequency, ushort.MaxValue);
            }
        }

        Array.Sort(terms, frequencies);
        return new TermVector(terms, frequencies);
    }

    private static int SumOf(ushort[] frequencies)
    {
        var sum = 0;
        foreach (var f in frequencies)
        {
            sum += f;
        }

        return sum;
    }
}
