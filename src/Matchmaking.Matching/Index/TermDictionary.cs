using System.Text;

namespace Matchmaking.Matching.Index;

/// <summary>
/// Interns terms as dense ids. Compact, because most terms (two-word phrases above all) occur in one profile only:
/// terms are found by a 64-bit hash (<see cref="TermHash"/>) in an open-addressing table of ids, and their text is kept
/// once, as UTF-8 in large shared chunks, instead of one string object and one dictionary entry each. A term costs its
/// hash (8 bytes), the place of its text (4 bytes), a slot or two of the table (4 bytes each) and its text. Terms are
/// never removed. Not thread-safe: the index guards it.
/// </summary>
internal sealed class TermDictionary
{
    private const int ChunkBits = 20;
    private const int ChunkSize = 1 << ChunkBits;
    private const int BlockBits = 16;
    private const int BlockSize = 1 << BlockBits;

    // By id, in fixed-size blocks (growing never copies them): the term's hash, and where its text starts.
    private readonly List<ulong[]> hashes = [];
    private readonly List<uint[]> places = [];
    private readonly List<byte[]> chunks = [];

    // Open addressing with linear probing: id + 1 of the term whose hash lands there, 0 for a free slot.
    private int[] table = new int[1 << 10];
    private int used = ChunkSize;

    public int Count { get; private set; }

    public int GetOrAdd(string term)
    {
        var hash = TermHash.Of(term);
        var slot = Find(hash);
        if (table[slot] != 0)
        {
            return table[slot] - 1;
        }

        var id = Count;
        if ((id & (BlockSize - 1)) == 0)
        {
            hashes.Add(new ulong[BlockSize]);
            places.Add(new uint[BlockSize]);
        }

        hashes[id >> BlockBits][id & (BlockSize - 1)] = hash;
        places[id >> BlockBits][id & (BlockSize - 1)] = Store(term);
        table[slot] = id + 1;
        Count++;
        if (Count * 4L >= table.Length * 3L)
        {
            Grow();
        }

        return id;
    }

    public bool TryGet(string term, out int id)
    {
        id = table[Find(TermHash.Of(term))] - 1;
        return id >= 0;
    }

    public string this[int id]
    {
        get
        {
            var place = places[id >> BlockBits][id & (BlockSize - 1)];
            var chunk = chunks[(int)(place >> ChunkBits)];
            var offset = (int)(place & (ChunkSize - 1));
            var length = chunk[offset] | (chunk[offset + 1] << 8);
            return Encoding.UTF8.GetString(chunk, offset + 2, length);
        }
    }

    /// <summary>The slot holding the term with this hash, or the free slot where it would go.</summary>
    private int Find(ulong hash)
    {
        var mask = table.Length - 1;
        var slot = (int)(hash & (uint)mask);
        while (table[slot] != 0 && HashOf(table[slot] - 1) != hash)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private ulong HashOf(int id) => hashes[id >> BlockBits][id & (BlockSize - 1)];

    private void Grow()
    {
        table = new int[table.Length * 2];
        for (var id = 0; id < Count; id++)
        {
            table[Find(HashOf(id))] = id + 1;
        }
    }

    /// <summary>
    /// Copies the term's UTF-8, after its length in two bytes, into the current chunk (a new one when it does not fit);
    /// its place packs chunk and offset. A term's text is kept to its first 1,000 characters (at most 4,000 bytes):
    /// terms are words and phrases.
    /// </summary>
    private uint Store(string term)
    {
        var text = term.Length > 1_000 ? term.AsSpan(0, 1_000) : term.AsSpan();
        var length = Encoding.UTF8.GetByteCount(text);
        if (used + length + 2 > ChunkSize)
        {
            chunks.Add(new byte[ChunkSize]);
            used = 0;
        }

        var chunk = chunks[^1];
        chunk[used] = (byte)length;
        chunk[used + 1] = (byte)(length >> 8);
        Encoding.UTF8.GetBytes(text, chunk.AsSpan(used + 2));
        var place = ((uint)(chunks.Count - 1) << ChunkBits) | (uint)used;
        used += length + 2;
        return place;
    }
}
