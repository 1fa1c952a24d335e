namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// Experimental system "partners+popularity" (entity mode, <c>eval --experiments</c>): past projects shared with
/// the anchor plus the candidate's own number of past projects, i.e. co-participation smoothed towards popularity
/// with one pseudo-project per past project. It probes how far the two strongest structure baselines go together.
/// </summary>
public sealed class PartnerPriorRanker : IRanker
{
    private readonly CandidateOrder _order;
    private readonly double[] _scores;
    private EvaluationFold? _fold;

    /// <summary>Creates the ranker for a corpus.</summary>
    public PartnerPriorRanker(RankerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _order = new CandidateOrder(context.Corpus, context.Seed);
        _scores = new double[context.Corpus.OrganisationCount];
    }

    /// <inheritdoc />
    public string Name => "partners+popularity";

    /// <inheritdoc />
    public void Prepare(EvaluationFold fold) => _fold = fold ?? throw new ArgumentNullException(nameof(fold));

    /// <inheritdoc />
    public IReadOnlyList<RankedOrganisation> Rank(RankQuery query, int k)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fold = _fold ?? throw new InvalidOperationException("Prepare must be called before Rank.");
        var anchor = query.Anchor ?? throw new ArgumentException("partners+popularity needs an anchor organisation (entity mode).", nameof(query));
        foreach (var candidate in fold.Candidates)
        {
            _scores[candidate.Index] = anchor.PastPartners.GetValueOrDefault(candidate.Id) + fold.PastProjectCount(candidate.Index);
        }

        return _order.Top(fold, anchor, _scores, [], k);
    }
}
