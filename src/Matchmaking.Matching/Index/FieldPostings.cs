namespace Matchmaking.Matching.Index;

/// <summary>
/// The posting lists of one field, by term id. Most terms are in one document only (two-word phrases above all), so a
/// term's entry is one number: the document itself while it is the only one (its frequency is read from that
/// document's term vector when needed), or the handle of its list in the field's <see cref="PostingStore"/> once a
/// second document has it. A term costs 4 bytes here instead of a list object and a reference; the entries are kept
/// in fixed-size blocks, so growing the vocabulary never copies them. Not thread-safe: the index guards it.
/// </summary>
internal sealed class FieldPostings(Func<int, int, int> frequencyOf)
{
    private const int BlockBits = 16;
    private const int BlockSize = 1 << BlockBits;

    // 0: no document; > 0: the only document, plus one; < 0: the bitwise complement of the list's handle.
    private readonly List<int[]> blocks = [];
    private readonly PostingStore lists = new();

    /// <summary>The documents with <paramref name="term"/> (none for a term this field has never seen).</summary>
    public Postings this[int term]
    {
        get
        {
            var head = Head(term);
            return head switch
            {
                0 => default,
                > 0 => new Postings(default, head),
                _ => new Postings(lists.Postings(~head), 0),
            };
        }
    }

    /// <summary>How many documents have <paramref name="term"/>, without reading any of them.</summary>
    public int Count(int term)
    {
        var head = Head(term);
        return head switch
        {
            0 => 0,
            > 0 => 1,
            _ => lists.Count(~head),
        };
    }

    public void Add(int term, int document, int frequency)
    {
        while (blocks.Count <= term >> BlockBits)
        {
            blocks.Add(new int[BlockSize]);
        }

        ref var head = ref blocks[term >> BlockBits][term & (BlockSize - 1)];
        if (head == 0)
        {
            head = document + 1;
        }
        else if (head > 0)
        {
            var only = head - 1;
            head = ~lists.Create(PostingList.Pack(only, frequencyOf(only, term)), PostingList.Pack(document, frequency));
        }
        else
        {
            head = ~lists.Add(~head, PostingList.Pack(document, frequency));
        }
    }

    public void Remove(int term, int document)
    {
        if (term >> BlockBits >= blocks.Count)
        {
            return;
        }

        ref var head = ref blocks[term >> BlockBits][term & (BlockSize - 1)];
        if (head > 0)
        {
            if (head - 1 == document)
            {
                head = 0;
            }

            return;
        }

        if (head < 0)
        {
            var handle = lists.Remove(~head, document);
            var left = lists.Postings(handle);
            head = ~handle;
            if (left.Count <= 1)
            {
                // Back to one document (or none): the list goes.
                head = left.Count == 1 ? PostingList.DocumentOf(left[0]) + 1 : 0;
                lists.Free(handle);
            }
        }
    }

    private int Head(int term) => term >> BlockBits < blocks.Count ? blocks[term >> BlockBits][term & (BlockSize - 1)] : 0;
}

/// <summary>
/// The documents with a term in one field, as <see cref="FieldPostings"/> hands them out: the postings of a list
/// (packed as in <see cref="PostingList"/>), or one document (whose frequency is read from its term vector, when
/// needed). Valid under the index's read lock.
/// </summary>
internal readonly struct Postings(ArraySegment<uint> list, int singlePlusOne)
{
    /// <summary>The only document, when <see cref="Count"/> is 1 (-1 otherwise).</summary>
    public int Single => singlePlusOne - 1;

    public int Count => list.Count > 0 ? list.Count : (singlePlusOne > 0 ? 1 : 0);

    /// <summary>
    /// The postings (see <see cref="PostingList.Postings"/>): the list's, or the only one written into
    /// <paramref name="single"/> (one element) with the frequency <see cref="PostingList.SaturatedFrequency"/>, which
    /// tells the reader to take the exact one from the document's term vector.
    /// </summary>
    public ReadOnlySpan<uint> Packed(Span<uint> single)
    {
        if (list.Count > 0)
        {
            return list;
        }

        if (singlePlusOne == 0)
        {
            return [];
        }

        single[0] = PostingList.Pack(Single, PostingList.SaturatedFrequency);
        return single[..1];
    }
}
