using System.Runtime.CompilerServices;

namespace Matchmaking.Matching.Scoring;

/// <summary>
/// Per-thread score accumulators, one <see cref="Slot"/> per document, reused across queries: only the touched
/// slots are cleared, so a query costs what it reads, not the size of the index. A slot keeps all of a document's
/// partial scores side by side (one cache line), and the largest value of each is kept as it grows: every
/// contribution is positive, so the running maximum is the maximum.
/// </summary>
internal sealed class QueryBuffers
{
    private Slot[] slots = [];

    public Slot[] Slots => slots;

    public List<int> Touched { get; } = [];

    public Maxima Max { get; } = new();

    public void Reset(int documents)
    {
        foreach (var d in Touched)
        {
            slots[d] = default;
        }

        Touched.Clear();
        Max.Clear();
        if (slots.Length < documents)
        {
            Array.Resize(ref slots, Math.Max(documents, slots.Length * 2));
        }
    }

    /// <summary>The document's slot, marking it touched (a candidate) the first time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref Slot Touch(int document)
    {
        ref var slot = ref slots[document];
        if (!slot.Touched)
        {
            slot.Touched = true;
            Touched.Add(document);
        }

        return ref slot;
    }

    /// <summary>A document's partial scores.</summary>
    internal struct Slot
    {
        public double Need;
        public double Offer;
        public double Text;
        public double Graph;
        public double Feedback;
        public bool Touched;
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
