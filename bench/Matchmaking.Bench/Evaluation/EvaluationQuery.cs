namespace Matchmaking.Bench.Evaluation;

/// <summary>A query of a fold with the organisations it should find.</summary>
/// <param name="Query">What the ranker sees.</param>
/// <param name="Relevant">Indices of the relevant organisations (profiled participants of the held-out project, the anchor excluded).</param>
/// <param name="Candidates">How many candidates the query ranks.</param>
public sealed record EvaluationQuery(RankQuery Query, IReadOnlySet<int> Relevant, int Candidates)
{
    /// <summary>
    /// The queries of a fold. Brief: one query, the held-out project's title and objective, relevant = its profiled
    /// participants. Entity: one query per profiled participant A, relevant = the other profiled participants; a
    /// participant with no profiled partner gives no query.
    /// </summary>
    public static IReadOnlyList<EvaluationQuery> For(EvaluationFold fold, EvaluationMode mode)
    {
        ArgumentNullException.ThrowIfNull(fold);
        var participants = fold.ProfiledParticipants;
        if (mode == EvaluationMode.Brief)
        {
            return participants.Count == 0
                ? []
                : [new EvaluationQuery(
                    new RankQuery(mode, EvaluationCorpus.BriefOf(fold.HeldOutProject), null),
                    participants.Select(p => p.Index).ToHashSet(),
                    fold.Candidates.Count)];
        }

        if (participants.Count < 2)
        {
            return [];
        }

        return participants
            .Select(anchor => new EvaluationQuery(
                new RankQuery(mode, anchor.Text, anchor),
                participants.Where(p => p.Index != anchor.Index).Select(p => p.Index).ToHashSet(),
                fold.Candidates.Count - 1))
            .ToArray();
    }
}
