namespace Matchmaking.Bench.Evaluation;

/// <summary>Baseline "popularity": candidates by number of past projects (held-out project excluded), most first.</summary>
public sealed class PopularityRanker : IRanker
{
    private readonly CandidateOrder _order;
    private readonly double[] _popularity;
    private EvaluationFold? _fold;

    /// <summary>Creates the ranker for a corpus.</summary>
    public PopularityRanker(RankerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _order = new CandidateOrder(context.Corpus, context.Seed);
        _popularity = new double[context.Corpus.OrganisationCount];
    }

    /// <inheritdoc />
    public string Name => "popularity";

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
        return _order.Top(fold, query.Anchor, _popularity, [], k);
    }
}
