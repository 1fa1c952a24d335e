namespace Matchmaking.Matching.Index;

/// <summary>
/// The document id of each actor key, without an entry object per key: an open-addressing table (linear probing) of
/// document ids plus one, the keys themselves being read from the documents (<paramref name="keyOf"/>). A key costs a
/// slot or two of 4 bytes instead of a dictionary entry of 24 and a bucket. Keys are never removed (a removed actor
/// keeps its document id). Not thread-safe: the index guards it.
/// </summary>
internal sealed class DocumentKeys(Func<int, string> keyOf)
{
    private int[] table = new int[1 << 4];

    public int Count { get; private set; }

    public bool TryGetValue(string key, out int document)
    {
        ArgumentNullException.ThrowIfNull(key);
        document = table[Find(key)] - 1;
        return document >= 0;
    }

    /// <summary>Adds a key not yet in the table (its document must already answer <c>keyOf</c>).</summary>
    public void Add(string key, int document)
    {
        var slot = Find(key);
        if (table[slot] != 0)
        {
            throw new InvalidOperationException($"The key {key} is already indexed.");
        }

        table[slot] = document + 1;
        Count++;
        if (Count * 4L >= table.Length * 3L)
        {
            Grow();
        }
    }

    private static int Hash(string key) => string.GetHashCode(key, StringComparison.Ordinal);

    /// <summary>The slot holding the key, or the free slot where it would go.</summary>
    private int Find(string key)
    {
        var mask = table.Length - 1;
        var slot = Hash(key) & mask;
        while (table[slot] != 0 && !string.Equals(keyOf(table[slot] - 1), key, StringComparison.Ordinal))
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private void Grow()
    {
        var old = table;
        table = new int[old.Length * 2];
        var mask = table.Length - 1;
        foreach (var entry in old)
        {
            if (entry != 0)
            {
                var slot = Hash(keyOf(entry - 1)) & mask;
                while (table[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                table[slot] = entry;
            }
        }
    }
}
