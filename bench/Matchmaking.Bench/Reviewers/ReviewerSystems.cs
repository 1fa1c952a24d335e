using Matchmaking.Matching.Scoring;

namespace Matchmaking.Bench.Reviewers;

/// <summary>The systems <c>eval-reviewers</c> reports, and the variants it adds with <c>--experiments</c>.</summary>
public static class ReviewerSystems
{
    public static IReviewerScorer[] Default(PaperVectors vectors)
    {
        var embedding = new EmbeddingScorer(vectors);
        var tfidf = new TfIdfScorer();
        return
        [
            new EngineBriefScorer(vectors: vectors),
            new EngineBriefScorer(None with { Semantic = 1 }, "engine-semantic", vectors),
            embedding,
            new EngineBriefScorer(name: "engine-lexical"),
            new EngineBriefScorer(None with { Text = 1 }, "engine-text"),
            tfidf,
            new FusedScorer(tfidf, embedding),
        ];
    }

    public static IReviewerScorer[] Experiments(PaperVectors vectors)
    {
        var embedding = new EmbeddingScorer(vectors);
        return
        [
            new EmbeddingScorer(vectors, 1, "embedding-closest-1"),
            new EmbeddingScorer(vectors, 2, "embedding-closest-2"),
            new EmbeddingScorer(vectors, 5, "embedding-closest-5"),
            new EmbeddingScorer(vectors, int.MaxValue, "embedding-all-papers"),
            new EngineTextScorer(None with { Offers = 1 }, "engine-offers"),
            new EngineBriefScorer(None with { Needs = 1 }, "engine-needs"),
            new EngineTextScorer(name: "engine-researcher-asks"),
            new EngineTextScorer(None with { Text = 1 }, "engine-researcher-asks-text"),
            new FusedScorer(new EngineBriefScorer(name: "engine-lexical"), embedding),
            new EngineBriefScorer(MatchingWeights.Default with { Semantic = 0.5 }, "engine-semantic-0.5", vectors),
            new EngineBriefScorer(MatchingWeights.Default with { Semantic = 2 }, "engine-semantic-2", vectors),
        ];
    }

    /// <summary>Every factor at zero: a single factor is <c>None with { Text = 1 }</c>.</summary>
    private static MatchingWeights None { get; } = MatchingWeights.Default with
    {
        Needs = 0, Offers = 0, Mutual = 0, Themes = 0, Text = 0, Semantic = 0, Graph = 0, Proximity = 0, Kind = 0, TrackRecord = 0, Stage = 0, Freshness = 0,
    };
}
