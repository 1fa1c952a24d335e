namespace Matchmaking.Bench.Evaluation;

/// <summary>One entry of a ranking: a candidate of the fold and the ranker's score (higher is better; scale is the ranker's own).</summary>
/// <param name="Organisation">The candidate, as profiled in the fold.</param>
/// <param name="Score">The ranker's score.</param>
public readonly record struct RankedOrganisation(OrganisationProfile Organisation, double Score);
