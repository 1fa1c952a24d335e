namespace Matchmaking.Bench.Evaluation;

/// <summary>How to run an evaluation.</summary>
/// <param name="Mode">Brief or entity queries.</param>
/// <param name="Seed">Seed of the random baseline, of tie-breaks and of the project sample.</param>
/// <param name="LimitProjects">Evaluate only this many held-out projects, a seeded sample (null: all).</param>
/// <param name="Workers">Threads over folds (0: one per core). Results do not depend on it.</param>
public sealed record EvaluationOptions(EvaluationMode Mode, int Seed = 42, int? LimitProjects = null, int Workers = 0);
