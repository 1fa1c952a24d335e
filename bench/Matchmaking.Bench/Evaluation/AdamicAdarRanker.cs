namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// Baseline "adamic-adar" (entity mode only): partners of partners. A candidate scores
/// Σ 1 / ln(degree(z)) over the organisations z that are past partners of both the anchor and the candidate, where
/// degree(z) is z's number of distinct past partners; ties broken by popularity. The collaboration graph is the fold's
/// (every profile's <see cref="OrganisationProfile.PastPartners"/>: held-out project and hubs excluded), so the
/// held-out consortium adds no edge. A common partner has at least two partners, so ln(degree) is never zero.
/// </summary>
public sealed class AdamicAdarRanker : IRanker
{
    private readonly CandidateOrder _order;
    private readonly double[] _scores;
    private readonly double[] _popularity;
    private readonly List<int> _touched = [];
    private EvaluationFold? _fold;

    /// <summary>Creates the ranker for a corpus.</summary>
    public AdamicAdarRanker(RankerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _order = new CandidateOrder(context.Corpus, context.Seed);
        _scores = new double[context.Corpus.OrganisationCount];
        _popularity = new double[context.Corpus.OrganisationCount];
    }

    /// <inheritdoc />
    public string Name => "adamic-adar";

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
        var anchor = query.Anchor ?? throw new ArgumentException("Adamic–Adar needs an anchor organisation (entity mode).", nameof(query));

        foreach (var o in _touched)
        {
            _scores[o] = 0;
        }

        _touched.Clear();
        foreach (var commonId in anchor.PastPartners.Keys)
        {
            var common = fold.ProfileOf(commonId) ?? throw new InvalidOperationException($"The partner {commonId} has no profile in this fold.");
            var share = 1 / Math.Log(common.PastPartners.Count);
            foreach (var candidateId in common.PastPartners.Keys)
            {
                var candidate = fold.Corpus.OrganisationIndex(candidateId);
                if (candidate != anchor.Index)
                {
                    _scores[candidate] += share;
                    _touched.Add(candidate);
                }
            }
        }

        return _order.Top(fold, anchor, _scores, _popularity, k);
    }
}
