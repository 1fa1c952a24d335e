namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// Baseline "adamic-adar" (entity mode only): partners of partners. A candidate scores
/// Σ 1 / ln(degree(z)) over the organisations z that are past partners of both the anchor and the candidate, where
/// degree(z) is z's number of distinct past partners; ties broken by popularity. The collaboration graph is the fold's
/// (every profile's <see cref="OrganisationProfile.PastPartners"/>: held-out project and hubs excluded), so the
/// held-out consortium adds no edge. A common partner has at least two partners, so ln(degree) is never zero.
/// </summary>
public sealed class AdamicAdarRanker(RankerContext context) : AnchoredGraphRanker(context)
{
    /// <inheritdoc />
    public override string Name => "adamic-adar";

    /// <inheritdoc />
    protected override void Score(EvaluationFold fold, OrganisationProfile anchor, Action<int, double> add)
    {
        ArgumentNullException.ThrowIfNull(fold);
        ArgumentNullException.ThrowIfNull(anchor);
        ArgumentNullException.ThrowIfNull(add);
        foreach (var commonId in anchor.PastPartners.Keys)
        {
            var common = fold.ProfileOf(commonId) ?? throw new InvalidOperationException($"The partner {commonId} has no profile in this fold.");
            var share = 1 / Math.Log(common.PastPartners.Count);
            foreach (var candidateId in common.PastPartners.Keys)
            {
                var candidate = fold.Corpus.OrganisationIndex(candidateId);
                if (candidate != anchor.Index)
                {
                    add(candidate, share);
                }
            }
        }
    }
}
