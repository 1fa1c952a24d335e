namespace Matchmaking.Bench.Evaluation;

/// <summary>What a ranker is built from: the indexed set, the query mode and the run's seed.</summary>
/// <param name="Corpus">The indexed evaluation set (whole-set work can be done once here, then corrected per fold).</param>
/// <param name="Mode">The query mode of the run.</param>
/// <param name="Seed">The run's seed, for anything random (ties, the random baseline).</param>
public sealed record RankerContext(EvaluationCorpus Corpus, EvaluationMode Mode, int Seed);
