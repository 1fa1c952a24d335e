namespace Matchmaking.Matching.Index;

/// <summary>
/// The documents declaring one partner, as one int array: a header (slots in use, first free slot, free slots), then
/// the slots. A removed document frees its slot, and the next one added takes the slot freed last; members are listed
/// in slot order. That is the order a hash set of ints lists its items in, which the graph used before: partners (and
/// so candidates and the names quoted in reasons) come out in the same order as they always did.
/// </summary>
internal static class DeclarerSet
{
    private const int Used = 0;
    private const int FirstFree = 1;
    private const int FreeCount = 2;
    private const int Header = 3;

    /// <summary>Adds <paramref name="document"/> (not already a member) to the set, making or growing the array as needed.</summary>
    public static int[] Add(int[]? set, int document)
    {
        set ??= [0, -1, 0, 0, 0];
        int slot;
        if (set[FreeCount] > 0)
        {
            slot = set[FirstFree];
            set[FirstFree] = -2 - set[Header + slot];
            set[FreeCount]--;
        }
        else
        {
            slot = set[Used];
            if (Header + slot == set.Length)
            {
                Array.Resize(ref set, Header + (2 * slot));
            }

            set[Used]++;
        }

        set[Header + slot] = document;
        return set;
    }

    public static void Remove(int[] set, int document)
    {
        for (var slot = 0; slot < set[Used]; slot++)
        {
            if (set[Header + slot] == document)
            {
                // A free slot holds -2 minus the next free slot (-1 for none).
                set[Header + slot] = -2 - set[FirstFree];
                set[FirstFree] = slot;
                set[FreeCount]++;
                return;
            }
        }
    }

    public static IEnumerable<int> Members(int[] set)
    {
        for (var slot = 0; slot < set[Used]; slot++)
        {
            if (set[Header + slot] >= 0)
            {
                yield return set[Header + slot];
            }
        }
    }
}
