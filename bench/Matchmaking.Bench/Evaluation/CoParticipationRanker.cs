namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// Baseline "co-participation" (entity mode only): candidates by the number of past projects shared with the anchor
/// (held-out project excluded), ties broken by popularity.
/// </summary>
public sealed class CoParticipationRanker : IRanker
{
    private readonly CandidateOrder _order;
    private readonly double[] _shared;
    private readonly double[] _popularity;
    private readonly List<int> _touched = [];
    private EvaluationFold? _fold;

    /// <summary>Creates the ranker for a corpus.</summary>
    public CoParticipationRanker(RankerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _order = new CandidateOrder(context.Corpus, context.Seed);
        _shared = new double[context.Corpus.OrganisationCount];
        _popularity = new double[context.Corpus.OrganisationCount];
    }

    /// <inheritdoc />
    public string Name => "co-participation";

    /// <inheritdoc />
    public void Prepare(EvaluationFold fold)
    {
        ArgumentNullException.ThrowIfNull(fold);
        _fold = fold;
        for (var o = 0; o < _popularity.Length; o++)
        {
            _popularity[o] = fold.PastProjectCount(o);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<RankedOrganisation> Rank(RankQuery query, int k)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fold = _fold ?? throw new InvalidOperationException("Prepare must be called before Rank.");
        var anchor = query.Anchor ?? throw new ArgumentException("Co-participation needs an anchor organisation (entity mode).", nameof(query));

        foreach (var o in _touched)
        {
            _shared[o] = 0;
        }

        _touched.Clear();
        foreach (var (partnerId, shared) in anchor.PastPartners)
        {
            var partner = fold.Corpus.OrganisationIndex(partnerId);
            _shared[partner] = shared;
            _touched.Add(partner);
        }

        return _order.Top(fold, anchor, _shared, _popularity, k);
    }
}
