namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// Entity mode, split by what a partner-seeker needs most: new partners. Relevant = the held-out project's profiled
/// participants the anchor never shared a training project with; the anchor's known partners are left out of every
/// ranking (as the product's "new partners only" filter leaves them out), so ranks count the other candidates only.
/// Queries with no new partner are left out of the split.
/// </summary>
/// <param name="Queries">Queries with at least one new partner.</param>
/// <param name="MeanRelevant">Mean number of new partners per such query.</param>
/// <param name="Systems">Mean metrics per system, in registry order.</param>
/// <param name="ByKind">The same restricted to one kind of organisation, as <see cref="EvaluationReport.ByKind"/>.</param>
public sealed record NewPartnerSplit(int Queries, double MeanRelevant, IReadOnlyList<SystemMetrics> Systems, IReadOnlyList<KindMetrics> ByKind);
