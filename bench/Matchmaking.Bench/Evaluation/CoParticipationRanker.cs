namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// Baseline "co-participation" (entity mode only): candidates by the number of past projects shared with the anchor
/// (held-out project excluded), ties broken by popularity.
/// </summary>
public sealed class CoParticipationRanker(RankerContext context) : AnchoredGraphRanker(context)
{
    /// <inheritdoc />
    public override string Name => "co-participation";

    /// <inheritdoc />
    protected override void Score(EvaluationFold fold, OrganisationProfile anchor, Action<int, double> add)
    {
        ArgumentNullException.ThrowIfNull(fold);
        ArgumentNullException.ThrowIfNull(anchor);
        ArgumentNullException.ThrowIfNull(add);
        foreach (var (partnerId, shared) in anchor.PastPartners)
        {
            add(fold.Corpus.OrganisationIndex(partnerId), shared);
        }
    }
}
