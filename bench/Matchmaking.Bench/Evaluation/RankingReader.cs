namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// Reads the prefix of a ranking the metrics need (see <see cref="MetricSums.PrefixNeeded"/>), overall and within each
/// reported kind, and checks what it reads: only distinct candidates of the fold, never the anchor.
/// </summary>
internal sealed class RankingReader
{
    private readonly int[] _seenOfKind;

    public RankingReader(int kinds)
    {
        _seenOfKind = new int[kinds];
        RelevantOfKind = new int[kinds];
        KindRanks = Enumerable.Range(0, kinds).Select(_ => new List<int>()).ToArray();
    }

    /// <summary>0-based ranks of relevant organisations read, ascending.</summary>
    public List<int> Ranks { get; } = [];

    /// <summary>Per reported kind: how many relevant organisations are of that kind.</summary>
    public int[] RelevantOfKind { get; }

    /// <summary>Per reported kind: 0-based ranks of relevant organisations of that kind within the candidates of that kind.</summary>
    public List<int>[] KindRanks { get; }

    /// <summary>Reads a ranking for the query's relevant set, every entry counted.</summary>
    public void Read(EvaluationFold fold, EvaluationQuery query, IReadOnlyList<RankedOrganisation> ranking, string system, int[] stamps, int stamp) =>
        Read(fold, query, ranking, system, stamps, stamp, query.Relevant, skipped: null);

    /// <summary>
    /// Reads a ranking for <paramref name="relevant"/>, with the entries in <paramref name="skipped"/> left out of the
    /// list (ranks count the other entries only; the new-partners split skips the anchor's known partners).
    /// </summary>
    public void Read(
        EvaluationFold fold,
        EvaluationQuery query,
        IReadOnlyList<RankedOrganisation> ranking,
        string system,
        int[] stamps,
        int stamp,
        IReadOnlySet<int> relevant,
        IReadOnlySet<int>? skipped)
    {
        var read = 0;
        Ranks.Clear();
        Array.Clear(_seenOfKind);
        Array.Clear(RelevantOfKind);
        foreach (var ranks in KindRanks)
        {
            ranks.Clear();
        }

        foreach (var o in relevant)
        {
            var kind = KindSlot(fold.ProfileOf(o)!.Kind);
            if (kind >= 0)
            {
                RelevantOfKind[kind]++;
            }
        }

        for (var i = 0; i < ranking.Count && !Done(read); i++)
        {
            var candidate = ranking[i].Organisation;
            var o = candidate.Index;
            if (fold.ProfileOf(o) is null || o == query.Query.Anchor?.Index || stamps[o] == stamp)
            {
                throw new InvalidOperationException($"{system} ranked {candidate.Id}, which is not a distinct candidate of this query.");
            }

            stamps[o] = stamp;
            if (skipped?.Contains(o) == true)
            {
                continue;
            }

            var isRelevant = relevant.Contains(o);
            if (isRelevant)
            {
                Ranks.Add(read);
            }

            read++;

            var slot = KindSlot(fold.ProfileOf(o)!.Kind);
            if (slot >= 0)
            {
                if (isRelevant)
                {
                    KindRanks[slot].Add(_seenOfKind[slot]);
                }

                _seenOfKind[slot]++;
            }
        }
    }

    // The metrics are exact once the first PrefixNeeded entries and a first relevant entry have been read, overall and
    // within every kind that has relevant organisations.
    private bool Done(int read)
    {
        if (read < MetricSums.PrefixNeeded || Ranks.Count == 0)
        {
            return false;
        }

        for (var kind = 0; kind < _seenOfKind.Length; kind++)
        {
            if (RelevantOfKind[kind] > 0 && (_seenOfKind[kind] < MetricSums.PrefixNeeded || KindRanks[kind].Count == 0))
            {
                return false;
            }
        }

        return true;
    }

    private static int KindSlot(OrganisationKind kind)
    {
        for (var i = 0; i < EvaluationRunner.ReportedKinds.Count; i++)
        {
            if (EvaluationRunner.ReportedKinds[i] == kind)
            {
                return i;
            }
        }

        return -1;
    }
}
