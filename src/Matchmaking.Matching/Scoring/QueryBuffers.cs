using System.Runtime.CompilerServices;

namespace Matchmaking.Matching.Scoring;

/// <summary>
/// Per-thread score accumulators, reused across queries, so that a query costs what it reads, not the size of the
/// index. Which documents are candidates is a bit set (small enough to stay in the processor's cache while postings
/// are read); each candidate gets a <see cref="Slot"/> in the order it was found, so the slots of one query are one
/// dense block (a few thousand slots, in the processor's cache) instead of being spread over a slot per document.
/// A slot keeps all of a candidate's partial scores side by side, and the largest value of each is kept as it grows:
/// every contribution is positive, so the running maximum is the maximum.
/// </summary>
internal sealed class QueryBuffers
{
    private Slot[] slots = new Slot[1_024];
    private ulong[] touched = [];
    private int[] slotOf = [];

    /// <summary>The candidates' slots, in the order of <see cref="Touched"/> (only the first <c>Touched.Count</c> are in use).</summary>
    public Slot[] Slots => slots;

    /// <summary>The candidates, in the order they were found: candidate <c>i</c>'s slot is <c>Slots[i]</c>.</summary>
    public List<int> Touched { get; } = [];

    public Maxima Max { get; } = new();

    public void Reset(int documents)
    {
        foreach (var d in Touched)
        {
            touched[d >> 6] = 0;
        }

        Array.Clear(slots, 0, Math.Min(Touched.Count, slots.Length));
        Touched.Clear();
        Max.Clear();
        if (slotOf.Length < documents)
        {
            Array.Resize(ref slotOf, Math.Max(documents, slotOf.Length * 2));
            Array.Resize(ref touched, (slotOf.Length + 63) / 64);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsTouched(int document) => (touched[document >> 6] & (1UL << document)) != 0;

    /// <summary>The bit set of touched documents (bit <c>d &amp; 63</c> of word <c>d &gt;&gt; 6</c>), for loops that test many.</summary>
    public ulong[] CandidateBits => touched;

    /// <summary>Each touched document's slot number (meaningless for the others).</summary>
    public int[] SlotNumbers => slotOf;

    /// <summary>The slot of a document already touched (see <see cref="IsTouched"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref Slot SlotOf(int document) => ref slots[slotOf[document]];

    /// <summary>The document's slot, marking it touched (a candidate) the first time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref Slot Touch(int document)
    {
        ref var word = ref touched[document >> 6];
        var bit = 1UL << document;
        if ((word & bit) == 0)
        {
            word |= bit;
            Add(document);
        }

        return ref slots[slotOf[document]];
    }

    private void Add(int document)
    {
        var slot = Touched.Count;
        if (slot == slots.Length)
        {
            Array.Resize(ref slots, slots.Length * 2);
        }

        slotOf[document] = slot;
        Touched.Add(document);
    }

    /// <summary>A candidate's partial scores, and its BM25 length normalisation in each field once a word needed it (one cache line).</summary>
    internal struct Slot
    {
        public double Need;
        public double Offer;
        public double Text;
        public double Graph;
        public double Feedback;
        public double TextNorm;
        public double SupplyNorm;
        public double DemandNorm;
    }

    /// <summary>The largest partial score of each kind over the touched documents.</summary>
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
