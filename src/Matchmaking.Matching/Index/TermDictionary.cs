using System.Text;

namespace Matchmaking.Matching.Index;

/// <summary>
/// Interns terms as dense ids. Compact, because most terms (two-word phrases above all) occur in one profile only:
/// terms are found by a 64-bit hash (<see cref="TermHash"/>) and their text is kept once, as UTF-8 in large shared
/// chunks, instead of one string object and one dictionary key each. Not thread-safe: the index guards it.
/// </summary>
internal sealed class TermDictionary
{
    private const int ChunkBits = 20;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly Dictionary<ulong, int> ids = [];
    private readonly List<byte[]> chunks = [];
    private readonly List<long> places = [];
    private int used = ChunkSize;

    public int Count => places.Count;

    public int GetOrAdd(string term)
    {
        var hash = TermHash.Of(term);
        if (!ids.TryGetValue(hash, out var id))
        {
            id = places.Count;
            ids[hash] = id;
            places.Add(Store(term));
        }

        return id;
    }

    public bool TryGet(string term, out int id) => ids.TryGetValue(TermHash.Of(term), out id);

    public string this[int id]
    {
        get
        {
            var place = places[id];
            var chunk = (int)(place >> 32);
            var offset = (int)(place & 0xFFFFF);
            var length = (int)((place >> ChunkBits) & 0xFFF);
            return Encoding.UTF8.GetString(chunks[chunk], offset, length);
        }
    }

    /// <summary>
    /// Copies the term's UTF-8 into the current chunk (a new one when it does not fit); its place packs chunk, length
    /// and offset. A term's text is kept to its first 1,000 characters (at most 4,000 bytes): terms are words and phrases.
    /// </summary>
    private long Store(string term)
    {
        var text = term.Length > 1_000 ? term.AsSpan(0, 1_000) : term.AsSpan();
        var length = Encoding.UTF8.GetByteCount(text);
        if (used + length > ChunkSize)
        {
            chunks.Add(new byte[ChunkSize]);
            used = 0;
        }

        var chunk = chunks[^1];
        Encoding.UTF8.GetBytes(text, chunk.AsSpan(used));
        var place = ((long)(chunks.Count - 1) << 32) | ((long)length << ChunkBits) | (uint)used;
        used += length;
        return place;
    }
}
