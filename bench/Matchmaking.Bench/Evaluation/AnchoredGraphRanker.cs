namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// The shape of the entity-mode graph baselines: a sparse score per organisation from the anchor's past partners,
/// ties broken by popularity (past projects in the fold), then the corpus's seeded order.
/// </summary>
public abstract class AnchoredGraphRanker : IRanker
{
    private readonly CandidateOrder order;
    private readonly double[] scores;
    private readonly double[] popularity;
    private readonly List<int> touched = [];
    private EvaluationFold? fold;

    protected AnchoredGraphRanker(RankerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        order = new CandidateOrder(context.Corpus, context.Seed);
        scores = new double[context.Corpus.OrganisationCount];
        popularity = new double[context.Corpus.OrganisationCount];
    }

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public void Prepare(EvaluationFold fold)
    {
        ArgumentNullException.ThrowIfNull(fold);
        this.fold = fold;
        for (var o = 0; o < popularity.Length; o++)
        {
            popularity[o] = fold.PastProjectCount(o);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<RankedOrganisation> Rank(RankQuery query, int k)
    {
        ArgumentNullException.ThrowIfNull(query);
        var current = fold ?? throw new InvalidOperationException("Prepare must be called before Rank.");
        var anchor = query.Anchor ?? throw new ArgumentException($"{Name} needs an anchor organisation (entity mode).", nameof(query));
        foreach (var o in touched)
        {
            scores[o] = 0;
        }

        touched.Clear();
        Score(current, anchor, (organisation, score) =>
        {
            scores[organisation] += score;
            touched.Add(organisation);
        });
        return order.Top(current, anchor, scores, popularity, k);
    }

    /// <summary>Adds each organisation's score for the anchor through <paramref name="add"/> (organisation index, amount).</summary>
    protected abstract void Score(EvaluationFold fold, OrganisationProfile anchor, Action<int, double> add);
}
