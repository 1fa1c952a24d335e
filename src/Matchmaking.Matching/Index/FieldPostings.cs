namespace Matchmaking.Matching.Index;

/// <summary>
/// The posting lists of one field, by term id. Most terms are in one document only (two-word phrases above all), so a
/// term's entry is one number: the document itself while it is the only one (its frequency is read from that
/// document's term vector when needed), or the number of a <see cref="PostingList"/> once a second document has it. A term costs
/// 4 bytes here instead of a list object and a reference; the entries are kept in fixed-size blocks, so growing the
/// vocabulary never copies them. Not thread-safe: the index guards it.
/// </summary>
internal sealed class FieldPostings(Func<int, int, int> frequencyOf)
{
    private const int BlockBits = 16;
    private const int BlockSize = 1 << BlockBits;

    // 0: no document; > 0: the only document, plus one; < 0: the bitwise complement of the list's number.
    private readonly List<int[]> blocks = [];
    private readonly List<PostingList?> lists = [];
    private readonly Stack<int> freeLists = new();

    /// <summary>The documents with <paramref name="term"/> (none for a term this field has never seen).</summary>
    public Postings this[int term]
    {
        get
        {
            var head = Head(term);
            return head switch
            {
                0 => default,
                > 0 => new Postings(null, head),
                _ => new Postings(lists[~head], 0),
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
            _ => lists[~head]!.Count,
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
            return;
        }

        if (head > 0)
        {
            var only = head - 1;
            var list = new PostingList();
            list.Add(only, frequencyOf(only, term));
            head = ~Store(list);
        }

        lists[~head]!.Add(document, frequency);
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
            var number = ~head;
            var list = lists[number]!;
            list.Remove(document);
            if (list.Count <= 1)
            {
                // Back to one document (or none): the list goes.
                head = list.Count == 1 ? PostingList.DocumentOf(list.Postings[0]) + 1 : 0;
                lists[number] = null;
                freeLists.Push(number);
            }
        }
    }

    private int Head(int term) => term >> BlockBits < blocks.Count ? blocks[term >> BlockBits][term & (BlockSize - 1)] : 0;

    private int Store(PostingList list)
    {
        if (freeLists.TryPop(out var number))
        {
            lists[number] = list;
            return number;
        }

        lists.Add(list);
        return lists.Count - 1;
    }
}

/// <summary>
/// The documents with a term in one field, as <see cref="FieldPostings"/> hands them out: a <see cref="PostingList"/>,
/// or one document (whose frequency is read from its term vector, when needed). Valid under the index's read lock.
/// </summary>
internal readonly struct Postings(PostingList? list, int singlePlusOne)
{
    /// <summary>The list, when more than one document has the term.</summary>
    public PostingList? List { get; } = list;

    /// <summary>The only document, when <see cref="List"/> is null and <see cref="Count"/> is 1.</summary>
    public int Single => singlePlusOne - 1;

    public int Count => List?.Count ?? (singlePlusOne > 0 ? 1 : 0);

    /// <summary>
    /// The postings (see <see cref="PostingList.Postings"/>): the list's, or the only one written into
    /// <paramref name="single"/> (one element) with the frequency <see cref="PostingList.SaturatedFrequency"/>, which
    /// tells the reader to take the exact one from the document's term vector.
    /// </summary>
    public ReadOnlySpan<uint> Packed(Span<uint> single)
    {
        if (List is { } list)
        {
            return list.Postings;
        }

        if (Count == 0)
        {
            return [];
        }

        single[0] = PostingList.Pack(Single, PostingList.SaturatedFrequency);
        return single[..1];
    }
}
