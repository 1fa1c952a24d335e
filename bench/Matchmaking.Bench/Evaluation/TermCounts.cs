namespace Matchmaking.Bench.Evaluation;

/// <summary>A bag of words over a corpus vocabulary: term ids in ascending order with their counts.</summary>
public sealed class TermCounts
{
    /// <summary>The empty bag.</summary>
    public static readonly TermCounts Empty = new([], []);

    private TermCounts(int[] terms, int[] counts)
    {
        TermArray = terms;
        CountArray = counts;
        Length = counts.Sum();
    }

    /// <summary>Term ids, ascending, each once.</summary>
    public IReadOnlyList<int> Terms => TermArray;

    /// <summary>The count of each term, parallel to <see cref="Terms"/>.</summary>
    public IReadOnlyList<int> Counts => CountArray;

    /// <summary>The number of tokens (sum of counts).</summary>
    public int Length { get; }

    /// <summary>Builds a bag from a term-id → count map; non-positive counts are left out.</summary>
    public static TermCounts From(IReadOnlyDictionary<int, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var terms = counts.Where(kv => kv.Value > 0).Select(kv => kv.Key).Order().ToArray();
        return terms.Length == 0 ? Empty : new TermCounts(terms, terms.Select(t => counts[t]).ToArray());
    }

    /// <summary>The count of <paramref name="term"/>, or 0.</summary>
    public int CountOf(int term)
    {
        var index = Array.BinarySearch(TermArray, term);
        return index >= 0 ? CountArray[index] : 0;
    }

    // Arrays for the hot loops of the rankers; never mutated after construction.
    internal int[] TermArray { get; }

    internal int[] CountArray { get; }
}
