namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// Orders a fold's candidates by score arrays indexed by organisation: primary score, then an optional secondary
/// score, both descending, then a seeded pseudo-random key, so that ties (many zero scores) never fall back on file
/// order, which correlates with project order. One instance per ranker (it reuses its buffers).
/// </summary>
/// <remarks>
/// The runner asks for the whole ranking (the reciprocal rank needs it) but reads only a prefix: the top 20 and up
/// to the first relevant organisation. So the ranking is a binary heap popped on demand: O(n) to build, O(log n)
/// per entry read, instead of a full sort of thousands of candidates for every query.
/// </remarks>
public sealed class CandidateOrder
{
    private readonly ulong[] _tieKeys;
    private Entry[] _heap = [];
    private RankedOrganisation[] _ranked = [];
    private int _heapSize;
    private int _rankedCount;
    private int _generation;
    private EvaluationFold? _fold;

    /// <summary>Creates an orderer with the seeded tie-break keys of a corpus.</summary>
    public CandidateOrder(EvaluationCorpus corpus, int seed)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        _tieKeys = new ulong[corpus.OrganisationCount];
        for (var o = 0; o < _tieKeys.Length; o++)
        {
            _tieKeys[o] = StableHash.Mix(StableHash.Of(corpus.OrganisationId(o)) ^ StableHash.Mix((ulong)(uint)seed));
        }
    }

    /// <summary>One seeded tie-break key per organisation index, stable across runs and processes.</summary>
    public IReadOnlyList<ulong> TieKeys => _tieKeys;

    /// <summary>
    /// The best <paramref name="k"/> candidates of the fold, the anchor left out, best first. Entries are ordered as
    /// they are read; the list is valid until the next call on this instance (reading it later throws).
    /// </summary>
    /// <param name="fold">The fold whose candidates are ranked.</param>
    /// <param name="anchor">The query's anchor, never ranked; null in brief mode.</param>
    /// <param name="primary">Primary score by organisation index.</param>
    /// <param name="secondary">Secondary score by organisation index, or empty.</param>
    /// <param name="k">The most entries to return.</param>
    /// <param name="tieSalt">0: the fixed seeded tie order; otherwise a per-query shuffle of it (the random baseline).</param>
    public IReadOnlyList<RankedOrganisation> Top(
        EvaluationFold fold,
        OrganisationProfile? anchor,
        ReadOnlySpan<double> primary,
        ReadOnlySpan<double> secondary,
        int k,
        ulong tieSalt = 0)
    {
        ArgumentNullException.ThrowIfNull(fold);
        var candidates = fold.Candidates;
        if (_heap.Length < candidates.Count)
        {
            _heap = new Entry[candidates.Count];
            _ranked = new RankedOrganisation[candidates.Count];
        }

        _generation++;
        _fold = fold;
        _rankedCount = 0;
        _heapSize = 0;
        var keys = _tieKeys;
        for (var c = 0; c < candidates.Count; c++)
        {
            var o = candidates[c].Index;
            if (anchor is null || o != anchor.Index)
            {
                var tie = tieSalt == 0 ? keys[o] : StableHash.Mix(keys[o] ^ tieSalt);
                _heap[_heapSize++] = new Entry(primary[o], secondary.IsEmpty ? 0 : secondary[o], tie, o);
            }
        }

        for (var i = (_heapSize / 2) - 1; i >= 0; i--)
        {
            SiftDown(i);
        }

        return new LazyRanking(this, _generation, Math.Min(Math.Max(k, 0), _heapSize));
    }

    private RankedOrganisation Read(int index, int generation)
    {
        if (generation != _generation)
        {
            throw new InvalidOperationException("This ranking was replaced by a later Rank call on the same ranker; read it before ranking again.");
        }

        while (_rankedCount <= index)
        {
            var best = _heap[0];
            _heap[0] = _heap[--_heapSize];
            SiftDown(0);
            _ranked[_rankedCount++] = new RankedOrganisation(_fold!.ProfileOf(best.Organisation)!, best.Primary);
        }

        return _ranked[index];
    }

    private void SiftDown(int i)
    {
        var heap = _heap;
        var item = heap[i];
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= _heapSize)
            {
                break;
            }

            if (child + 1 < _heapSize && Before(heap[child + 1], heap[child]))
            {
                child++;
            }

            if (!Before(heap[child], item))
            {
                break;
            }

            heap[i] = heap[child];
            i = child;
        }

        heap[i] = item;
    }

    private static bool Before(in Entry x, in Entry y)
    {
        if (x.Primary != y.Primary)
        {
            return x.Primary > y.Primary;
        }

        if (x.Secondary != y.Secondary)
        {
            return x.Secondary > y.Secondary;
        }

        return x.Tie < y.Tie;
    }

    private readonly record struct Entry(double Primary, double Secondary, ulong Tie, int Organisation);

    private sealed class LazyRanking(CandidateOrder owner, int generation, int count) : IReadOnlyList<RankedOrganisation>
    {
        public int Count => count;

        public RankedOrganisation this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
                return owner.Read(index, generation);
            }
        }

        public IEnumerator<RankedOrganisation> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return owner.Read(i, generation);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
