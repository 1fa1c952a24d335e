namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// Baseline "random": a seeded shuffle of the candidates, a different one per query, identical from run to run
/// (the order depends only on the seed, the held-out project, the anchor and the organisation ids).
/// </summary>
public sealed class RandomRanker : IRanker
{
    private readonly CandidateOrder _order;
    private readonly double[] _noScores;
    private readonly int _seed;
    private EvaluationFold? _fold;

    /// <summary>Creates the ranker for a corpus.</summary>
    public RandomRanker(RankerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _seed = context.Seed;
        _order = new CandidateOrder(context.Corpus, context.Seed);
        _noScores = new double[context.Corpus.OrganisationCount];
    }

    /// <inheritdoc />
    public string Name => "random";

    /// <inheritdoc />
    public void Prepare(EvaluationFold fold)
    {
        ArgumentNullException.ThrowIfNull(fold);
        _fold = fold;
    }

    /// <inheritdoc />
    public IReadOnlyList<RankedOrganisation> Rank(RankQuery query, int k)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fold = _fold ?? throw new InvalidOperationException("Prepare must be called before Rank.");
        var salt = StableHash.Mix(StableHash.Of(fold.HeldOutProject.Id) ^ StableHash.Mix((ulong)(uint)_seed))
            ^ StableHash.Of(query.Anchor?.Id ?? string.Empty);
        return _order.Top(fold, query.Anchor, _noScores, [], k, tieSalt: salt | 1);
    }
}
