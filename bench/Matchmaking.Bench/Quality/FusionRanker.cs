using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Quality;

/// <summary>
/// Experimental system "engine+project-neighbours" (<c>eval --experiments</c>): the engine's score and the
/// <see cref="ProjectNeighbourRanker"/>'s, each divided by its best for the query, averaged. It asks whether
/// passage-level (per past project) text evidence adds anything the engine's whole-profile text misses.
/// </summary>
public sealed class FusionRanker(RankerContext context) : IRanker
{
    private const int Depth = 300;

    private readonly EngineRanker engine = new();
    private readonly ProjectNeighbourRanker projects = new(context);
    private readonly CandidateOrder order = new(context.Corpus, context.Seed);
    private readonly double[] scores = new double[context.Corpus.OrganisationCount];
    private EvaluationFold? fold;

    public string Name => "engine+project-neighbours";

    public void Prepare(EvaluationFold fold)
    {
        this.fold = fold;
        engine.Prepare(fold);
        projects.Prepare(fold);
    }

    public IReadOnlyList<RankedOrganisation> Rank(RankQuery query, int k)
    {
        var current = fold ?? throw new InvalidOperationException("Prepare must be called before Rank.");
        Array.Clear(scores);

        // The engine's own list scores 1 + its score; what it appends past its list (by track record) scores below 1.
        FusionShares.Add(scores, engine.Rank(query, Depth).Where(r => r.Score >= 1).Select(r => r with { Score = r.Score - 1 }).ToList());
        FusionShares.Add(scores, projects.Rank(query, Depth).ToList());
        return order.Top(current, query.Anchor, scores, [], k);
    }
}
