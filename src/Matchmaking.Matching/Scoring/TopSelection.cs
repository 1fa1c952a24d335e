namespace Matchmaking.Matching.Scoring;

/// <summary>
/// Moves the largest items of a span to its front, in no particular order, in time linear in the span's length on
/// average (Hoare's selection, the middle of three as pivot); a range still large after many rounds is sorted instead,
/// so the worst case stays n log n. For a pool of a few hundred out of thousands of candidates this replaces a heap's
/// thousands of pushes and pops with a few passes over a flat array.
/// </summary>
internal static class TopSelection
{
    /// <summary>Puts the <paramref name="count"/> largest items first (all of them when there are fewer).</summary>
    public static void LargestFirst<T>(Span<T> items, int count)
        where T : IComparable<T>
    {
        if (count <= 0 || count >= items.Length)
        {
            return;
        }

        var (low, high) = (0, items.Length - 1);
        var rounds = 2 * (32 - int.LeadingZeroCount(items.Length));
        while (low < high)
        {
            if (rounds-- == 0)
            {
                // Descending: the largest first.
                items[low..(high + 1)].Sort(static (x, y) => y.CompareTo(x));
                return;
            }

            var split = Partition(items, low, high);
            if (split < count)
            {
                low = split;
            }
            else
            {
                high = split - 1;
            }

            if (split == count)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Splits items[low..high] (at least two) in two, larger items first: every item before the returned position is
    /// at least every item from it on, and the position is in low+1..high, so that each round makes progress.
    /// </summary>
    private static int Partition<T>(Span<T> items, int low, int high)
        where T : IComparable<T>
    {
        // The middle of the first, middle and last items, put in the middle, the other two at the ends: Hoare's scan
        // from each end then always stops within the range.
        var middle = low + ((high - low) >> 1);
        OrderDescending(items, low, middle);
        OrderDescending(items, middle, high);
        OrderDescending(items, low, middle);
        var pivot = items[middle];
        var (i, j) = (low - 1, high + 1);
        while (true)
        {
            do
            {
                i++;
            }
            while (items[i].CompareTo(pivot) > 0);

            do
            {
                j--;
            }
            while (items[j].CompareTo(pivot) < 0);

            if (i >= j)
            {
                return j + 1;
            }

            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static void OrderDescending<T>(Span<T> items, int first, int second)
        where T : IComparable<T>
    {
        if (items[first].CompareTo(items[second]) < 0)
        {
            (items[first], items[second]) = (items[second], items[first]);
        }
    }
}
