namespace Matchmaking.Bench.Evaluation;

/// <summary>Mean metrics of one system over a set of queries.</summary>
/// <param name="RecallAt10">Mean recall@10.</param>
/// <param name="RecallAt20">Mean recall@20.</param>
/// <param name="NdcgAt10">Mean nDCG@10 (binary gains).</param>
/// <param name="Mrr">Mean reciprocal rank of the first relevant organisation.</param>
/// <param name="Queries">The number of queries averaged.</param>
public sealed record MetricSet(double RecallAt10, double RecallAt20, double NdcgAt10, double Mrr, int Queries);
