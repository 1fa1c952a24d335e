using System.Text;

namespace Matchmaking.Matching.Index;

/// <summary>
/// Interns terms as dense ids. Compact, because most terms (two-word phrases above all) occur in one profile only:
/// terms are found by their text in an open-addressing table of ids, starting at their hash (<see cref="TermHash"/>),
/// and their text is kept once, as UTF-8 in large shared chunks, instead of one string object and one dictionary entry
/// each. A term costs the place of its text (4 bytes), a slot or two of the table (4 bytes each) and its text; its
/// hash is not kept (the table's growth computes it again from the text). A slot holds the id in its low bits (as many
/// as the table's size needs) and the next bits of the term's hash above them, so that a lookup compares the text only
/// of terms whose hash agrees that far: most probes then read the table alone, instead of two more places in memory
/// each. Terms are never removed. Not thread-safe: the index guards it.
/// </summary>
internal sealed class TermDictionary
{
    private const int ChunkBits = 20;
    private const int ChunkSize = 1 << ChunkBits;
    private const int BlockBits = 16;
    private const int BlockSize = 1 << BlockBits;

    // By id, in fixed-size blocks (growing never copies them): where the term's text starts.
    private readonly List<uint[]> places = [];
    private readonly List<byte[]> chunks = [];

    // Open addressing with linear probing: for a term whose hash lands there or before, id + 1 in the low
    // tableBits bits and the hash's next bits (its tag) above them; 0 for a free slot.
    private int[] table = new int[1 << 10];
    private int tableBits = 10;
    private int used = ChunkSize;

    public int Count { get; private set; }

    public int GetOrAdd(string term)
    {
        var text = Utf8(term, stackalloc byte[256]);
        return GetOrAdd(text, TermHash.Of(text));
    }

    /// <summary>The id of the term with this UTF-8 (as <see cref="TermKeys"/> makes it) and hash, added when new.</summary>
    public int GetOrAdd(ReadOnlySpan<byte> text, ulong hash)
    {
        var slot = Find(text, hash);
        if (table[slot] != 0)
        {
            return IdIn(table[slot]);
        }

        var id = Count;
        if ((id & (BlockSize - 1)) == 0)
        {
            places.Add(new uint[BlockSize]);
        }

        places[id >> BlockBits][id & (BlockSize - 1)] = Store(text);
        table[slot] = Entry(id, hash);
        Count++;
        if (Count * 4L >= table.Length * 3L)
        {
            Grow();
        }

        return id;
    }

    /// <summary>
    /// Reads the table's slot of each hash, then the place and the text of the term whose tag it holds, without using
    /// what they hold: over many terms the reads of one step do not depend on one another, so the processor overlaps
    /// their cache misses, and the lookups that follow find them cached.
    /// </summary>
    public int Warm(TermKeys keys)
    {
        var mask = table.Length - 1;
        var sum = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            sum += table[(int)(keys.Hash(i) & (uint)mask)];
        }

        for (var i = 0; i < keys.Count; i++)
        {
            if (Candidate(keys.Hash(i)) is var id and >= 0)
            {
                sum += (int)places[id >> BlockBits][id & (BlockSize - 1)];
            }
        }

        for (var i = 0; i < keys.Count; i++)
        {
            if (Candidate(keys.Hash(i)) is var id and >= 0)
            {
                sum += TextOf(id).Length;
            }
        }

        return sum;
    }

    /// <summary>The id in the hash's first slot when its tag agrees with the hash, else -1.</summary>
    private int Candidate(ulong hash)
    {
        var entry = table[(int)(hash & (uint)(table.Length - 1))];
        return entry != 0 && entry >>> tableBits == TagOf(hash) ? IdIn(entry) : -1;
    }

    public bool TryGet(string term, out int id)
    {
        var text = Utf8(term, stackalloc byte[256]);
        var entry = table[Find(text, TermHash.Of(text))];
        id = entry == 0 ? -1 : IdIn(entry);
        return id >= 0;
    }

    public string this[int id] => Encoding.UTF8.GetString(TextOf(id));

    /// <summary>The slot holding the term with this text, or the free slot where it would go.</summary>
    private int Find(ReadOnlySpan<byte> text, ulong hash)
    {
        var mask = table.Length - 1;
        var slot = (int)(hash & (uint)mask);
        var tag = TagOf(hash);
        while (table[slot] is var entry && entry != 0 && (entry >>> tableBits != tag || !TextOf(IdIn(entry)).SequenceEqual(text)))
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    /// <summary>The hash's bits above those that chose the slot, as many as the slot has room for beside the id.</summary>
    private int TagOf(ulong hash) => (int)((hash >> tableBits) & ((1UL << (31 - tableBits)) - 1));

    private int Entry(int id, ulong hash) => (TagOf(hash) << tableBits) | (id + 1);

    private int IdIn(int entry) => (entry & ((1 << tableBits) - 1)) - 1;

    /// <summary>The term's UTF-8, as kept in its chunk.</summary>
    private ReadOnlySpan<byte> TextOf(int id)
    {
        var place = places[id >> BlockBits][id & (BlockSize - 1)];
        var chunk = chunks[(int)(place >> ChunkBits)];
        var offset = (int)(place & (ChunkSize - 1));
        var length = chunk[offset];
        if (length < 0x80)
        {
            return chunk.AsSpan(offset + 1, length);
        }

        return chunk.AsSpan(offset + 2, (length & 0x7F) | (chunk[offset + 1] << 7));
    }

    private void Grow()
    {
        table = new int[table.Length * 2];
        tableBits++;
        var mask = table.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            // Every id is distinct: the first free slot from its hash is its own.
            var hash = TermHash.Of(TextOf(id));
            var slot = (int)(hash & (uint)mask);
            while (table[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            table[slot] = Entry(id, hash);
        }
    }

    /// <summary>
    /// The term's UTF-8 as it is kept: its first 1,000 characters (at most 4,000 bytes; terms are words and phrases),
    /// in <paramref name="buffer"/> when it fits.
    /// </summary>
    private static ReadOnlySpan<byte> Utf8(string term, Span<byte> buffer)
    {
        var text = TermKeys.Kept(term);
        if (Encoding.UTF8.GetMaxByteCount(text.Length) > buffer.Length)
        {
            buffer = new byte[Encoding.UTF8.GetByteCount(text)];
        }

        return buffer[..Encoding.UTF8.GetBytes(text, buffer)];
    }

    /// <summary>
    /// Copies the term's UTF-8, after its length (one byte below 128, else two: the low 7 bits with the high bit set,
    /// then the rest), into the current chunk (a new one when it does not fit); its place packs chunk and offset.
    /// </summary>
    private uint Store(ReadOnlySpan<byte> text)
    {
        var prefix = text.Length < 0x80 ? 1 : 2;
        if (used + prefix + text.Length > ChunkSize)
        {
            chunks.Add(new byte[ChunkSize]);
            used = 0;
        }

        var chunk = chunks[^1];
        if (prefix == 1)
        {
            chunk[used] = (byte)text.Length;
        }
        else
        {
            chunk[used] = (byte)(0x80 | (text.Length & 0x7F));
            chunk[used + 1] = (byte)(text.Length >> 7);
        }

        text.CopyTo(chunk.AsSpan(used + prefix));
        var place = ((uint)(chunks.Count - 1) << ChunkBits) | (uint)used;
        used += prefix + text.Length;
        return place;
    }
}
