namespace Matchmaking.Bench.Evaluation;

/// <summary>An evaluation set as loaded: projects and participations, each (project, organisation) pair once.</summary>
/// <param name="Name">The set's name (its folder name).</param>
/// <param name="Projects">The projects, in file order.</param>
/// <param name="Participations">The participations, in file order, deduplicated.</param>
/// <param name="Issues">What the loader repaired or dropped.</param>
public sealed record EvaluationDataset(
    string Name,
    IReadOnlyList<EvalProject> Projects,
    IReadOnlyList<Participation> Participations,
    DataIssues Issues);
