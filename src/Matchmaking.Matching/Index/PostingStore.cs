namespace Matchmaking.Matching.Index;

/// <summary>
/// The posting lists of one field (those of two documents or more), without an object or an array per list: each list
/// is a block in large shared pages of numbers, addressed by its position (page and offset, one int: the list's
/// handle). A block is one header — the list's length and its size class — then room for the class's capacity of
/// postings (see <see cref="PostingList"/> for their packing), in the order added. Capacities grow by about an eighth
/// from 2 to <see cref="MaxBlockCapacity"/>, so that little room is unused; a list that outgrows its block moves to
/// one of the next class (its handle changes), and the block it leaves is reused by the next list that needs that
/// class. A longer list keeps its postings in an array of its own (growing by an eighth too), its block holding the
/// array's number. A list costs its postings, its header and its unused room instead of an object, an array header and
/// a reference. Removing a posting moves the last one into its place, as <see cref="PostingList.Remove"/> does; a list
/// left with half its room or less moves to a smaller block. Not thread-safe: the index guards it.
/// </summary>
internal sealed class PostingStore
{
    /// <summary>The longest list kept in a block; longer ones get an array of their own.</summary>
    public const int MaxBlockCapacity = 1024;

    private const int PageBits = 16;
    private const int PageSize = 1 << PageBits;
    private const int FirstPageSize = 1 << 10;
    private const int ClassBits = 7;
    private const int ClassMask = (1 << ClassBits) - 1;

    private static readonly int[] Capacities = MakeCapacities();

    /// <summary>The class of the blocks pointing at an array of their own (block: header, array number).</summary>
    private static readonly int OwnArray = Capacities.Length;

    private readonly List<uint[]> pages = [];
    private readonly List<int>[] freeBlocks = [.. Enumerable.Range(0, Capacities.Length + 1).Select(_ => new List<int>())];
    private readonly List<uint[]?> arrays = [];
    private readonly Stack<int> freeArrays = new();
    private int used;

    /// <summary>A new list of two postings, in this order; its handle.</summary>
    public int Create(uint first, uint second)
    {
        var handle = Allocate(0);
        var page = pages[handle >> PageBits];
        var offset = handle & (PageSize - 1);
        page[offset] = Header(2, 0);
        page[offset + 1] = first;
        page[offset + 2] = second;
        return handle;
    }

    public int Count(int handle) => (int)(pages[handle >> PageBits][handle & (PageSize - 1)] >> ClassBits);

    /// <summary>The list's postings, in their array (valid until the list next changes).</summary>
    public ArraySegment<uint> Postings(int handle)
    {
        var page = pages[handle >> PageBits];
        var offset = handle & (PageSize - 1);
        var header = page[offset];
        var count = (int)(header >> ClassBits);
        return (header & ClassMask) == OwnArray
            ? new ArraySegment<uint>(arrays[(int)page[offset + 1]]!, 0, count)
            : new ArraySegment<uint>(page, offset + 1, count);
    }

    /// <summary>Adds a posting at the end of the list; the list's handle, changed when it had to move.</summary>
    public int Add(int handle, uint posting)
    {
        var page = pages[handle >> PageBits];
        var offset = handle & (PageSize - 1);
        var header = page[offset];
        var count = (int)(header >> ClassBits);
        var @class = (int)(header & ClassMask);
        if (@class == OwnArray)
        {
            ref var array = ref ArrayOf(page[offset + 1]);
            if (count == array.Length)
            {
                Array.Resize(ref array, count + (count / 8) + 2);
            }

            array[count] = posting;
            page[offset] = Header(count + 1, @class);
            return handle;
        }

        if (count == Capacities[@class])
        {
            handle = Move(handle, count, @class + 1);
            page = pages[handle >> PageBits];
            offset = handle & (PageSize - 1);
            @class++;
        }

        if (@class == OwnArray)
        {
            ArrayOf(page[offset + 1])[count] = posting;
        }
        else
        {
            page[offset + 1 + count] = posting;
        }

        page[offset] = Header(count + 1, @class);
        return handle;
    }

    /// <summary>
    /// Removes the document's posting (the last one takes its place); the list's handle, changed when it moved to a
    /// smaller block. A list left with fewer than two postings stays, for the caller to read and <see cref="Free"/>.
    /// </summary>
    public int Remove(int handle, int document)
    {
        var postings = Postings(handle).AsSpan();
        var index = -1;
        for (var i = 0; i < postings.Length; i++)
        {
            if (PostingList.DocumentOf(postings[i]) == document)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return handle;
        }

        var count = postings.Length - 1;
        postings[index] = postings[count];
        var page = pages[handle >> PageBits];
        var offset = handle & (PageSize - 1);
        var @class = (int)(page[offset] & ClassMask);
        page[offset] = Header(count, @class);
        if (@class == OwnArray)
        {
            ref var array = ref ArrayOf(page[offset + 1]);
            if (count >= 2 && count <= MaxBlockCapacity / 2)
            {
                return Move(handle, count, ClassOf(count));
            }

            if (count < array.Length / 4)
            {
                Array.Resize(ref array, array.Length / 2);
            }
        }
        else if (@class > 0 && count >= 2 && count <= Capacities[@class] / 2)
        {
            return Move(handle, count, ClassOf(count));
        }

        return handle;
    }

    /// <summary>Gives the list's room back, for lists to come.</summary>
    public void Free(int handle)
    {
        var page = pages[handle >> PageBits];
        var offset = handle & (PageSize - 1);
        var @class = (int)(page[offset] & ClassMask);
        if (@class == OwnArray)
        {
            var number = (int)page[offset + 1];
            arrays[number] = null;
            freeArrays.Push(number);
        }

        freeBlocks[@class].Add(handle);
    }

    private static uint Header(int count, int @class) => ((uint)count << ClassBits) | (uint)@class;

    /// <summary>The smallest class with room for <paramref name="count"/> postings (at most <see cref="MaxBlockCapacity"/>).</summary>
    private static int ClassOf(int count)
    {
        var @class = 0;
        while (Capacities[@class] < count)
        {
            @class++;
        }

        return @class;
    }

    /// <summary>2, 3, 4 … growing by an eighth (at least one) up to <see cref="MaxBlockCapacity"/>.</summary>
    private static int[] MakeCapacities()
    {
        var capacities = new List<int>();
        for (var capacity = 2; capacity < MaxBlockCapacity; capacity += Math.Max(1, capacity / 8))
        {
            capacities.Add(capacity);
        }

        capacities.Add(MaxBlockCapacity);
        return [.. capacities];
    }

    private ref uint[] ArrayOf(uint number) => ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(arrays)[(int)number]!;

    /// <summary>Copies the list's postings into a new block of the class and frees the old one; the new handle.</summary>
    private int Move(int handle, int count, int @class)
    {
        var postings = Postings(handle);
        var moved = Allocate(@class);
        var page = pages[moved >> PageBits];
        var offset = moved & (PageSize - 1);
        page[offset] = Header(count, @class);
        Span<uint> target;
        if (@class == OwnArray)
        {
            var array = new uint[Math.Max(count + (count / 8) + 2, MaxBlockCapacity + 2)];
            page[offset + 1] = (uint)StoreArray(array);
            target = array;
        }
        else
        {
            target = page.AsSpan(offset + 1, Capacities[@class]);
        }

        postings.AsSpan(0, count).CopyTo(target);
        Free(handle);
        return moved;
    }

    private int StoreArray(uint[] array)
    {
        if (freeArrays.TryPop(out var number))
        {
            arrays[number] = array;
            return number;
        }

        arrays.Add(array);
        return arrays.Count - 1;
    }

    /// <summary>A free block of the class: a freed one, or new room at the end of the last page (a new page when full).</summary>
    private int Allocate(int @class)
    {
        var free = freeBlocks[@class];
        if (free.Count > 0)
        {
            var reused = free[^1];
            free.RemoveAt(free.Count - 1);
            return reused;
        }

        var size = 1 + (@class == OwnArray ? 1 : Capacities[@class]);
        if (pages.Count == 0 || used + size > PageSize)
        {
            pages.Add(new uint[FirstPageSize]);
            used = 0;
        }

        // The last page starts small (an index of a few profiles takes little) and doubles up to the full size.
        var last = pages.Count - 1;
        if (last >= 1 << (31 - PageBits))
        {
            throw new InvalidOperationException("The posting lists of a field take at most 8 GiB.");
        }

        while (used + size > pages[last].Length)
        {
            var page = pages[last];
            Array.Resize(ref page, page.Length * 2);
            pages[last] = page;
        }

        var handle = (last << PageBits) | used;
        used += size;
        return handle;
    }
}
