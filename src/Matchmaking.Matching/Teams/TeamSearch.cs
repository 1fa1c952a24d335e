namespace Matchmaking.Matching.Teams;

/// <summary>
/// Beam search over teams: starting from the fixed members, each open role is filled from its pool, keeping the best
/// partial teams; the best complete teams then take an optional role's best member when it adds enough. Declined pairs never
/// meet. Scores: relevance of the proposed members, coverage of the needs, mean pairwise fit (see <see cref="TeamWeights"/>).
/// </summary>
internal sealed class TeamSearch(
    TeamCandidate[] candidates,
    int fixedCount,
    TeamRole[] fixedRoles,
    TeamNeeds needs,
    PairScorer scorer,
    TeamWeights weights,
    IReadOnlySet<(int, int)> vetoed,
    int maxSize)
{
    private readonly PairScore?[,] pairs = new PairScore?[candidates.Length, candidates.Length];

    /// <summary>Complete teams, best first (ties by members), each set of members once.</summary>
    public List<ScoredTeam> Run(IReadOnlyList<(TeamRole Role, int[] Pool)> open, IReadOnlyList<(TeamRole Role, int[] Pool)> optional)
    {
        var start = new Dictionary<string, ScoredTeam>(StringComparer.Ordinal);
        Keep(start, Score([.. Enumerable.Range(0, fixedCount)], fixedRoles));
        var beam = start.Values.ToList();
        for (var level = 0; level < open.Count; level++)
        {
            var (role, pool) = open[level];
            var next = new Dictionary<string, ScoredTeam>(StringComparer.Ordinal);
            foreach (var team in beam)
            {
                foreach (var candidate in pool)
                {
                    if (CanJoin(team, candidate))
                    {
                        Keep(next, Score([.. team.Members, candidate], [.. team.Roles, role]));
                    }
                }
            }

            beam = Best(next.Values, level == open.Count - 1 ? weights.FinalTeams : weights.BeamWidth);
        }

        foreach (var (role, pool) in optional)
        {
            var next = new Dictionary<string, ScoredTeam>(StringComparer.Ordinal);
            for (var t = 0; t < beam.Count; t++)
            {
                // Only the best teams try to grow: the others stay behind them and rarely reach the batch.
                var team = beam[t];
                var best = team;
                if (team.Members.Length < maxSize && t < weights.GrowingTeams)
                {
                    foreach (var candidate in pool)
                    {
                        if (CanJoin(team, candidate) && Score([.. team.Members, candidate], [.. team.Roles, role]) is { } grown
                            && grown.Score >= best.Score + (best == team ? weights.OptionalGain : 0) && Before(grown, best))
                        {
                            best = grown;
                        }
                    }
                }

                Keep(next, best);
            }

            beam = Best(next.Values, weights.FinalTeams);
        }

        return beam;
    }

    public PairScore Pair(int a, int b)
    {
        var (x, y) = a < b ? (a, b) : (b, a);
        return pairs[x, y] ??= scorer.Score(candidates[x].Actor, candidates[y].Actor);
    }

    private bool CanJoin(ScoredTeam team, int candidate)
    {
        var document = candidates[candidate].Actor.Document;
        foreach (var member in team.Members)
        {
            var other = candidates[member].Actor.Document;
            if (other == document || vetoed.Contains((Math.Min(other, document), Math.Max(other, document))))
            {
                return false;
            }
        }

        return true;
    }

    private ScoredTeam Score(int[] members, TeamRole[] roles)
    {
        double relevance = 0;
        for (var i = fixedCount; i < members.Length; i++)
        {
            relevance += candidates[members[i]].Relevance;
        }

        relevance = members.Length > fixedCount ? relevance / (members.Length - fixedCount) : 0;
        var hits = new double[members.Length][];
        for (var i = 0; i < members.Length; i++)
        {
            hits[i] = candidates[members[i]].Hits;
        }

        var coverage = needs.CoverageOf(hits);
        double pair = 0;
        var count = 0;
        for (var i = 0; i < members.Length; i++)
        {
            for (var j = i + 1; j < members.Length; j++)
            {
                pair += Pair(members[i], members[j]).Total(weights);
                count++;
            }
        }

        pair = count > 0 ? pair / count : 0;
        var score = (weights.Relevance * relevance) + (weights.Coverage * coverage) + (weights.Pair * pair);
        return new ScoredTeam(members, roles, score, relevance, coverage, pair, "");
    }

    /// <summary>Keeps the team unless the same members are kept with a better score; the key (member documents) is made here.</summary>
    private void Keep(Dictionary<string, ScoredTeam> teams, ScoredTeam team)
    {
        var documents = new int[team.Members.Length];
        for (var i = 0; i < documents.Length; i++)
        {
            documents[i] = candidates[team.Members[i]].Actor.Document;
        }

        Array.Sort(documents);
        var keyed = team with { Key = string.Join(',', documents) };
        if (!teams.TryGetValue(keyed.Key, out var kept) || Before(keyed, kept))
        {
            teams[keyed.Key] = keyed;
        }
    }

    /// <summary>Higher score first; equal scores by member documents, so that results do not depend on pool order.</summary>
    private static bool Before(ScoredTeam x, ScoredTeam y) => Compare(x, y) < 0;

    private static int Compare(ScoredTeam x, ScoredTeam y)
    {
        var byScore = y.Score.CompareTo(x.Score);
        return byScore != 0 ? byScore : string.CompareOrdinal(x.Key, y.Key);
    }

    private static List<ScoredTeam> Best(IEnumerable<ScoredTeam> teams, int count)
    {
        var list = teams.ToList();
        list.Sort(Compare);
        return list.Count > count ? list.GetRange(0, count) : list;
    }
}
