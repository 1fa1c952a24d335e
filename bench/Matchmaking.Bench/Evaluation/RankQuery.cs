namespace Matchmaking.Bench.Evaluation;

/// <summary>One query of a fold.</summary>
/// <param name="Mode">Brief (free text) or entity (an anchor organisation).</param>
/// <param name="Text">Brief mode: the held-out project's title and objective. Entity mode: the anchor's profile text.</param>
/// <param name="Anchor">Entity mode: the organisation asking, as profiled without the held-out project; null in brief mode.
/// The anchor is never a candidate for itself.</param>
public sealed record RankQuery(EvaluationMode Mode, string Text, OrganisationProfile? Anchor);
