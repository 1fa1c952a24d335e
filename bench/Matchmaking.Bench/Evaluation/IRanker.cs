namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// A system under evaluation: the engine or a baseline. One instance serves one thread: the runner calls
/// <see cref="Prepare"/> once per fold, then <see cref="Rank"/> for each of that fold's queries.
/// </summary>
public interface IRanker
{
    /// <summary>The system's name as it appears in the report (e.g. "engine", "bm25").</summary>
    string Name { get; }

    /// <summary>
    /// Gets ready for a fold. Implementations must use only what the fold exposes (profiles and graph without the
    /// held-out project), and should reuse whole-set work across folds rather than rebuild it.
    /// </summary>
    void Prepare(EvaluationFold fold);

    /// <summary>
    /// Ranks the prepared fold's candidates for the query, best first: at most <paramref name="k"/> entries, each a
    /// distinct member of <see cref="EvaluationFold.Candidates"/>, never the query's anchor. The runner asks for the
    /// whole ranking (k = number of candidates) because the reciprocal rank needs it.
    /// </summary>
    IReadOnlyList<RankedOrganisation> Rank(RankQuery query, int k);
}
