using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Matchmaking.Matching.Index;

namespace Matchmaking.Matching.Scoring;

/// <summary>
/// Per-thread score accumulators, reused across queries, so that a query costs what it reads, not the size of the
/// index. A query first <see cref="Find"/>s its candidates (a bit set, small enough to stay in the processor's cache),
/// then <see cref="Seal"/>s them: each gets a <see cref="Slot"/> in document order, found from the bit set alone (the
/// candidates in the bit set's words before it, kept per word, plus those before it in its word), so that adding a
/// word's scores reads no per-document table, and reading the candidates' facts walks the index's arrays forwards.
/// Documents touched after sealing (partners, partners' partners) get the next slots. Each slot has a copy of its
/// document's <see cref="DocumentFacts"/>, gathered once in document order for the pre-ranking to read in slot order.
/// A slot keeps all of a
/// candidate's partial scores side by side; <see cref="Max"/> holds the largest value of each once the query's words
/// and graph have added to them.
/// </summary>
internal sealed class QueryBuffers
{
    private Slot[] slots = new Slot[1_024];
    private int[] documents = new int[1_024];
    private DocumentFacts[] facts = new DocumentFacts[1_024];
    private ulong[] found = [];
    private int[] slotsBefore = [];
    private ulong[] late = [];
    private int[] lateSlots = [];
    private uint[] hits = new uint[1_024];
    private int words;
    private bool isSealed;

    /// <summary>Room for a posting list of one document (see <see cref="Postings.Packed"/>).</summary>
    public uint[] SinglePosting { get; } = new uint[1];

    /// <summary>The slots in use: the first <see cref="Count"/>.</summary>
    public Slot[] Slots => slots;

    /// <summary>Each slot's document.</summary>
    public int[] Documents => documents;

    /// <summary>Each slot's document's facts, once gathered.</summary>
    public DocumentFacts[] Facts => facts;

    /// <summary>The candidates found or touched so far.</summary>
    public int Count { get; private set; }

    public Maxima Max { get; } = new();

    /// <summary>Where a query keeps what warming its pool's objects read (see <see cref="IndexedActor.Warm"/>), so that the reads stay.</summary>
    public int Warmth { get; set; }

    /// <summary>The bit set of the candidates found before sealing (bit <c>d &amp; 63</c> of word <c>d &gt;&gt; 6</c>).</summary>
    public ulong[] Found => found;

    /// <summary>Per word of <see cref="Found"/>, the slots of the candidates in the words before it.</summary>
    public int[] SlotsBefore => slotsBefore;

    public void Reset(int documentCount)
    {
        Array.Clear(slots, 0, Math.Min(Count, slots.Length));
        Array.Clear(found, 0, words);
        Array.Clear(late, 0, words);
        Count = 0;
        isSealed = false;
        Max.Clear();
        words = (documentCount + 63) / 64;
        if (found.Length < words)
        {
            var size = Math.Max(words, found.Length * 2);
            (found, slotsBefore, late) = (new ulong[size], new int[size], new ulong[size]);
            lateSlots = new int[size * 64];
        }
    }

    /// <summary>Marks a candidate, before sealing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Find(int document)
    {
        Debug.Assert(!isSealed, "Candidates are found before the buffers are sealed.");
        ref var word = ref found[document >> 6];
        var bit = 1UL << document;
        Count += (word & bit) == 0 ? 1 : 0;
        word |= bit;
    }

    /// <summary>Gives the candidates found their slots, in document order.</summary>
    public void Seal()
    {
        EnsureRoom(Count);
        var slot = 0;
        for (var w = 0; w < words; w++)
        {
            slotsBefore[w] = slot;
            for (var bits = found[w]; bits != 0; bits &= bits - 1)
            {
                documents[slot++] = (w << 6) + BitOperations.TrailingZeroCount(bits);
            }
        }

        isSealed = true;
    }

    /// <summary>Room for the hits of a posting list of <paramref name="postings"/> entries.</summary>
    public uint[] Hits(int postings)
    {
        if (hits.Length < postings)
        {
            hits = new uint[Math.Max(postings, hits.Length * 2)];
        }

        return hits;
    }

    /// <summary>The slot of a found candidate (see <see cref="Found"/>) in the bit set's word <paramref name="bits"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SlotIn(int slotsBefore, ulong bits, int document) =>
        slotsBefore + BitOperations.PopCount(bits & ((1UL << document) - 1));

    /// <summary>The slot of a document already found or touched.</summary>
    public ref Slot SlotOf(int document)
    {
        var w = document >> 6;
        var bits = found[w];
        return ref (bits & (1UL << document)) != 0
            ? ref slots[SlotIn(slotsBefore[w], bits, document)]
            : ref slots[lateSlots[document]];
    }

    /// <summary>The document's slot after sealing, making it a candidate the first time.</summary>
    public ref Slot Touch(int document)
    {
        Debug.Assert(isSealed, "Documents are touched after the buffers are sealed.");
        var w = document >> 6;
        var bit = 1UL << document;
        if ((found[w] & bit) != 0)
        {
            return ref slots[SlotIn(slotsBefore[w], found[w], document)];
        }

        if ((late[w] & bit) == 0)
        {
            late[w] |= bit;
            EnsureRoom(Count + 1);
            lateSlots[document] = Count;
            documents[Count++] = document;
        }

        return ref slots[lateSlots[document]];
    }

    private void EnsureRoom(int count)
    {
        if (count > slots.Length)
        {
            var size = Math.Max(count, slots.Length * 2);
            Array.Resize(ref slots, size);
            Array.Resize(ref documents, size);
            Array.Resize(ref facts, size);
        }
    }

    /// <summary>A candidate's partial scores, and its BM25 length normalisation in each field (one cache line).</summary>
    internal struct Slot
    {
        /// <summary>The positions of the values in <see cref="Values"/>.</summary>
        public const int NeedAt = 0, OfferAt = 1, TextAt = 2, TextNormAt = 5, SupplyNormAt = 6, DemandNormAt = 7;


        public double Need;
        public double Offer;
        public double Text;
        public double Graph;
        public double Feedback;
        public double TextNorm;
        public double SupplyNorm;
        public double DemandNorm;

        /// <summary>The slot's eight values in their order, for a loop that picks which ones it reads once, not per slot.</summary>
        public static Span<double> Values(ref Slot slot) => MemoryMarshal.CreateSpan(ref slot.Need, 8);
    }

    /// <summary>The largest partial score of each kind over the candidates.</summary>
    internal sealed class Maxima
    {
        public double Need;
        public double Offer;
        public double Text;
        public double Graph;
        public double Feedback;

        public void Clear() => Need = Offer = Text = Graph = Feedback = 0;
    }
}
