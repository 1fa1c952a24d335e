using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Quality;

/// <summary>
/// Experimental (entity mode): the engine's new-partners-only score and adamic-adar, each divided by its best among the
/// candidates that are not the asker's known partners, averaged; ties by popularity. It measures what a graph factor
/// that counts partners of partners, normalised among new partners, could add to the engine.
/// </summary>
public sealed class NewPartnerFusionRanker(RankerContext context) : IRanker
{
    private const int Depth = 300;

    private readonly EngineRanker engine = new(name: "engine-new-only", newPartnersOnly: true);
    private readonly AdamicAdarRanker partnersOfPartners = new(context);
    private readonly CandidateOrder order = new(context.Corpus, context.Seed);
    private readonly double[] scores = new double[context.Corpus.OrganisationCount];
    private readonly double[] popularity = new double[context.Corpus.OrganisationCount];
    private EvaluationFold? fold;

    public string Name => "engine-new+adamic-adar";

    public void Prepare(EvaluationFold fold)
    {
        ArgumentNullException.ThrowIfNull(fold);
        this.fold = fold;
        engine.Prepare(fold);
        partnersOfPartners.Prepare(fold);
        for (var o = 0; o < popularity.Length; o++)
        {
            popularity[o] = fold.PastProjectCount(o);
        }
    }

    public IReadOnlyList<RankedOrganisation> Rank(RankQuery query, int k)
    {
        ArgumentNullException.ThrowIfNull(query);
        var current = fold ?? throw new InvalidOperationException("Prepare must be called before Rank.");
        var anchor = query.Anchor ?? throw new ArgumentException("engine-new+adamic-adar needs an anchor organisation (entity mode).", nameof(query));
        Array.Clear(scores);

        // The engine's own list scores 1 + its score; what it appends past its list (by track record) scores below 1.
        FusionShares.Add(scores, engine.Rank(query, Depth).Where(r => r.Score >= 1).Select(r => r with { Score = r.Score - 1 }).ToList());
        FusionShares.Add(scores, partnersOfPartners.Rank(query, Depth).Where(r => !anchor.PastPartners.ContainsKey(r.Organisation.Id)).ToList());
        return order.Top(current, anchor, scores, popularity, k);
    }
}
