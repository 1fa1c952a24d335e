namespace Matchmaking.Bench.Evaluation;

/// <summary>What the loader repaired or dropped, so that a report can say so.</summary>
/// <param name="DuplicateParticipationsDropped">Repeated (project, organisation) rows; the first is kept.</param>
/// <param name="ParticipationsWithoutKnownProject">Rows whose project is not in projects.csv, or with no organisation id.</param>
/// <param name="ActivityTypesNormalised">Rows whose activity type was a list such as "PRC;PRC" or in another case.</param>
/// <param name="ActivityTypesUnknown">Rows with a blank or unknown activity type (kind other).</param>
public sealed record DataIssues(
    int DuplicateParticipationsDropped,
    int ParticipationsWithoutKnownProject,
    int ActivityTypesNormalised,
    int ActivityTypesUnknown);
