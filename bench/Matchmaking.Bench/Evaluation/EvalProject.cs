namespace Matchmaking.Bench.Evaluation;

/// <summary>One project of an evaluation set: the text that describes it and its call topics.</summary>
/// <param name="Id">The project id (grant id) as in the CSV.</param>
/// <param name="Title">The title.</param>
/// <param name="Objective">The abstract (cut at 500 characters in the China set).</param>
/// <param name="Keywords">Keyword phrases: the keywords column and, where present, EuroSciVoc labels.</param>
/// <param name="Topics">Call topic codes (e.g. ECSEL-2016-2).</param>
/// <param name="StartDate">The start date as written, or empty.</param>
public sealed record EvalProject(
    string Id,
    string Title,
    string Objective,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Topics,
    string StartDate);
