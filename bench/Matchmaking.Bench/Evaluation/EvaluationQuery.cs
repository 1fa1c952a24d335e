namespace Matchmaking.Bench.Evaluation;

/// <summary>A query of a fold with the organisations it should find.</summary>
/// <param name="Query">What the ranker sees.</param>
/// <param name="Relevant">Indices of the relevant organisations (profiled participants of the held-out project, the anchor excluded).</param>
/// <param name="Candidates">How many candidates the query ranks.</param>
public sealed record EvaluationQuery(RankQuery Query, IReadOnlySet<int> Relevant, int Candidates)
{
    private static readonly IReadOnlySet<int> None = new HashSet<int>();

    /// <summary>
    /// Entity mode: indices of the anchor's known partners, the organisations it shares a training project with (its
    /// <see cref="OrganisationProfile.PastPartners"/>: held-out project and hubs excluded). Empty in brief mode.
    /// </summary>
    public IReadOnlySet<int> KnownPartners { get; init; } = None;

    /// <summary>
    /// The relevant organisations the anchor never worked with in the training projects: <see cref="Relevant"/> minus
    /// <see cref="KnownPartners"/>, the relevant set of the new-partners split. Empty in brief mode.
    /// </summary>
    public IReadOnlySet<int> NewPartners { get; init; } = None;

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

        return participants.Select(anchor => ForAnchor(fold, mode, anchor, participants)).ToArray();
    }

    private static EvaluationQuery ForAnchor(EvaluationFold fold, EvaluationMode mode, OrganisationProfile anchor, IReadOnlyList<OrganisationProfile> participants)
    {
        var relevant = participants.Where(p => p.Index != anchor.Index).Select(p => p.Index).ToHashSet();
        var known = anchor.PastPartners.Keys.Select(fold.Corpus.OrganisationIndex).ToHashSet();
        return new EvaluationQuery(new RankQuery(mode, anchor.Text, anchor), relevant, fold.Candidates.Count - 1)
        {
            KnownPartners = known,
            NewPartners = relevant.Where(o => !known.Contains(o)).ToHashSet(),
        };
    }
}
