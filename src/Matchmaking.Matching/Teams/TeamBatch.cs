namespace Matchmaking.Matching.Teams;

/// <summary>
/// The batch evaluator: walks the teams best first and keeps a team unless one of its proposed members is already in
/// <see cref="TeamBrief.MaxProposalsPerActor"/> kept teams, or it is a near-duplicate of a kept team (its proposed
/// members overlap by the <see cref="TeamWeights.NearDuplicate"/> Jaccard share, or it has the same company and the same
/// research partner), in which case its other members are merged into that team as alternates.
/// </summary>
internal static class TeamBatch
{
    public static List<(ScoredTeam Team, List<int> Alternates)> Select(
        IReadOnlyList<ScoredTeam> teams, TeamCandidate[] candidates, int fixedCount, int top, int maxPerActor, double nearDuplicate)
    {
        var kept = new List<(ScoredTeam Team, List<int> Alternates)>();
        var uses = new Dictionary<int, int>();
        foreach (var team in teams)
        {
            if (kept.Count >= top)
            {
                break;
            }

            var proposed = team.Members.Where(m => m >= fixedCount).Select(m => candidates[m].Actor.Document).ToHashSet();
            if (proposed.Any(d => uses.GetValueOrDefault(d) >= maxPerActor))
            {
                continue;
            }

            var duplicateOf = kept.FindIndex(k => NearDuplicates(k.Team, team, candidates, fixedCount, nearDuplicate));
            if (duplicateOf >= 0)
            {
                var (keptTeam, alternates) = kept[duplicateOf];
                var members = keptTeam.Members.Select(m => candidates[m].Actor.Document).ToHashSet();
                alternates.AddRange(team.Members.Where(m => !members.Contains(candidates[m].Actor.Document)
                    && !alternates.Any(a => candidates[a].Actor.Document == candidates[m].Actor.Document)));
                continue;
            }

            kept.Add((team, []));
            foreach (var document in proposed)
            {
                uses[document] = uses.GetValueOrDefault(document) + 1;
            }
        }

        return kept;
    }

    private static bool NearDuplicates(ScoredTeam a, ScoredTeam b, TeamCandidate[] candidates, int fixedCount, double threshold)
    {
        var x = a.Members.Where(m => m >= fixedCount).Select(m => candidates[m].Actor.Document).ToHashSet();
        var y = b.Members.Where(m => m >= fixedCount).Select(m => candidates[m].Actor.Document).ToHashSet();
        var shared = x.Count(y.Contains);
        var union = x.Count + y.Count - shared;
        if (union > 0 && (double)shared / union >= threshold)
        {
            return true;
        }

        var company = (Member(a, TeamRole.Company, candidates), Member(b, TeamRole.Company, candidates));
        var research = (Member(a, TeamRole.Research, candidates), Member(b, TeamRole.Research, candidates));
        return company.Item1 is { } c && c == company.Item2 && research.Item1 is { } r && r == research.Item2;
    }

    private static int? Member(ScoredTeam team, TeamRole role, TeamCandidate[] candidates)
    {
        var index = Array.IndexOf(team.Roles, role);
        return index >= 0 ? candidates[team.Members[index]].Actor.Document : null;
    }
}
