namespace Matchmaking.Matching.Index;

/// <summary>
/// The posting lists of the three fields, by term id. Most terms are in one document only (two-word phrases above
/// all), in one field or more, so a term's entry is one number: that document and its fields while it is the only one
/// (the frequency is read from the document's term vector when needed), or the number of the term's record once a
/// second document has it. A record holds one entry per field: the field's only document, or the handle of the term's
/// list in the field's <see cref="PostingStore"/>. A term of one document costs 4 bytes here instead of 12 (an entry
/// per field), one of more 16; entries and records are kept in fixed-size blocks, so growing the vocabulary never
/// copies them. A record goes when its term is back to one document. Not thread-safe: the index guards it.
/// </summary>
internal sealed class TermPostings(Func<MatchField, int, int, int> frequencyOf)
{
    private const int BlockBits = 16;
    private const int BlockSize = 1 << BlockBits;
    private const int Fields = 3;

    // 0: no document; > 0: one document, in the fields of a 3-bit mask, (document << 3 | mask) + 1; < 0: the bitwise
    // complement of the term's record number.
    private readonly List<int[]> heads = [];

    // Per record, one entry per field: 0 for no document, > 0 for the only document plus one, < 0 for the bitwise
    // complement of the list's handle.
    private readonly List<int[]> records = [];
    private readonly Stack<int> freeRecords = new();
    private readonly PostingStore[] lists = [new(), new(), new()];
    private int recordCount;

    /// <summary>The documents with <paramref name="term"/> in the field (none for a term the field has never seen).</summary>
    public Postings this[MatchField field, int term]
    {
        get
        {
            var entry = Entry(field, term);
            return entry switch
            {
                0 => default,
                > 0 => new Postings(default, entry),
                _ => new Postings(lists[(int)field].Postings(~entry), 0),
            };
        }
    }

    /// <summary>How many documents have <paramref name="term"/> in the field, without reading any of them.</summary>
    public int Count(MatchField field, int term)
    {
        var entry = Entry(field, term);
        return entry switch
        {
            0 => 0,
            > 0 => 1,
            _ => lists[(int)field].Count(~entry),
        };
    }

    /// <summary>
    /// Reads the entries of the terms, then their records and the headers of their lists, without using what they hold:
    /// the reads of one step do not depend on one another, so the processor overlaps their cache misses, and the
    /// additions that follow find them cached.
    /// </summary>
    public int Warm(ReadOnlySpan<int> terms)
    {
        var sum = 0;
        foreach (var term in terms)
        {
            sum += term >> BlockBits < heads.Count ? heads[term >> BlockBits][term & (BlockSize - 1)] : 0;
        }

        foreach (var term in terms)
        {
            if (Head(term) < 0)
            {
                sum += RecordEntry(~Head(term), MatchField.Text);
            }
        }

        foreach (var term in terms)
        {
            if (Head(term) < 0)
            {
                for (var field = 0; field < Fields; field++)
                {
                    var entry = RecordEntry(~Head(term), (MatchField)field);
                    sum += entry < 0 ? lists[field].Count(~entry) : entry;
                }
            }
        }

        return sum;
    }

    public void Add(MatchField field, int term, int document, int frequency)
    {
        while (heads.Count <= term >> BlockBits)
        {
            heads.Add(new int[BlockSize]);
        }

        ref var head = ref heads[term >> BlockBits][term & (BlockSize - 1)];
        if (head == 0)
        {
            head = ((document << 3) | (1 << (int)field)) + 1;
            return;
        }

        if (head > 0 && (head - 1) >> 3 == document)
        {
            // The same document, in one more field.
            head = ((head - 1) | (1 << (int)field)) + 1;
            return;
        }

        if (head > 0)
        {
            // A second document: the term gets a record, with the first one in its fields.
            var record = NewRecord();
            for (var other = 0; other < Fields; other++)
            {
                if (((head - 1) & (1 << other)) != 0)
                {
                    RecordEntry(record, (MatchField)other) = ((head - 1) >> 3) + 1;
                }
            }

            head = ~record;
        }

        ref var entry = ref RecordEntry(~head, field);
        var store = lists[(int)field];
        if (entry == 0)
        {
            entry = document + 1;
        }
        else if (entry > 0)
        {
            var only = entry - 1;
            entry = ~store.Create(PostingList.Pack(only, frequencyOf(field, only, term)), PostingList.Pack(document, frequency));
        }
        else
        {
            entry = ~store.Add(~entry, PostingList.Pack(document, frequency));
        }
    }

    public void Remove(MatchField field, int term, int document)
    {
        if (term >> BlockBits >= heads.Count)
        {
            return;
        }

        ref var head = ref heads[term >> BlockBits][term & (BlockSize - 1)];
        if (head > 0)
        {
            if ((head - 1) >> 3 == document && ((head - 1) & (1 << (int)field)) != 0)
            {
                var mask = (head - 1) & 7 & ~(1 << (int)field);
                head = mask == 0 ? 0 : ((document << 3) | mask) + 1;
            }

            return;
        }

        if (head == 0)
        {
            return;
        }

        var record = ~head;
        ref var entry = ref RecordEntry(record, field);
        if (entry > 0)
        {
            if (entry - 1 == document)
            {
                entry = 0;
            }
        }
        else if (entry < 0)
        {
            var store = lists[(int)field];
            var handle = store.Remove(~entry, document);
            var left = store.Postings(handle);
            entry = ~handle;
            if (left.Count <= 1)
            {
                // Back to one document (or none) in the field: the list goes.
                entry = left.Count == 1 ? PostingList.DocumentOf(left[0]) + 1 : 0;
                store.Free(handle);
            }
        }

        head = Collapse(record, head);
    }

    /// <summary>The term's head once <paramref name="record"/> holds at most one document: that document and its
    /// fields (or nothing), the record freed; otherwise the record's.</summary>
    private int Collapse(int record, int head)
    {
        var document = 0;
        var mask = 0;
        for (var field = 0; field < Fields; field++)
        {
            var entry = RecordEntry(record, (MatchField)field);
            if (entry < 0 || (entry > 0 && mask != 0 && entry - 1 != document))
            {
                return head;
            }

            if (entry > 0)
            {
                (document, mask) = (entry - 1, mask | (1 << field));
            }
        }

        freeRecords.Push(record);
        return mask == 0 ? 0 : ((document << 3) | mask) + 1;
    }

    /// <summary>The term's entry in the field, as a record holds it (0, the only document plus one, or a list).</summary>
    private int Entry(MatchField field, int term)
    {
        var head = term >> BlockBits < heads.Count ? heads[term >> BlockBits][term & (BlockSize - 1)] : 0;
        if (head > 0)
        {
            return ((head - 1) & (1 << (int)field)) != 0 ? ((head - 1) >> 3) + 1 : 0;
        }

        return head == 0 ? 0 : RecordEntry(~head, field);
    }

    private int Head(int term) => term >> BlockBits < heads.Count ? heads[term >> BlockBits][term & (BlockSize - 1)] : 0;

    private ref int RecordEntry(int record, MatchField field)
    {
        var index = (record * Fields) + (int)field;
        return ref records[index >> BlockBits][index & (BlockSize - 1)];
    }

    /// <summary>A record with no document in any field: a freed one, or a new one.</summary>
    private int NewRecord()
    {
        if (freeRecords.TryPop(out var record))
        {
            for (var field = 0; field < Fields; field++)
            {
                RecordEntry(record, (MatchField)field) = 0;
            }

            return record;
        }

        record = recordCount++;
        while (records.Count <= ((record * Fields) + Fields - 1) >> BlockBits)
        {
            records.Add(new int[BlockSize]);
        }

        return record;
    }
}
