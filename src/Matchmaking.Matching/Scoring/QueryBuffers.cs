using System.Runtime.CompilerServices;

namespace Matchmaking.Matching.Scoring;

/// <summary>
/// Per-thread score accumulators, one <see cref="Slot"/> per document, reused across queries: only the touched
/// slots are cleared, so a query costs what it reads, not the size of the index. A slot keeps all of a document's
/// partial scores side by side (one cache line), and the largest value of each is kept as it grows: every
/// contribution is positive, so the running maximum is the maximum. Which documents are candidates is a bit set
/// (small enough to stay in the processor's cache while postings are read).
/// </summary>
internal sealed class QueryBuffers
{
    private Slot[] slots = [];
    private ulong[] touched = [];

    public Slot[] Slots => slots;

    public List<int> Touched { get; } = [];

    public Maxima Max { get; } = new();

    public void Reset(int documents)
    {
        foreach (var d in Touched)
        {
            slots[d] = default;
            touched[d >> 6] = 0;
        }

        Touched.Clear();
        Max.Clear();
        if (slots.Length < documents)
        {
            Array.Resize(ref slots, Math.Max(documents, slots.Length * 2));
            Array.Resize(ref touched, (slots.Length + 63) / 64);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsTouched(int document) => (touched[document >> 6] & (1UL << document)) != 0;

    /// <summary>The document's slot, marking it touched (a candidate) the first time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref Slot Touch(int document)
    {
        ref var word = ref touched[document >> 6];
        var bit = 1UL << document;
        if ((word & bit) == 0)
        {
            word |= bit;
            Touched.Add(document);
        }

        return ref slots[document];
    }

    /// <summary>A document's partial scores.</summary>
    internal struct Slot
    {
        public double Need;
        public double Offer;
        public double Text;
        public double Graph;
        public double Feedback;
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
