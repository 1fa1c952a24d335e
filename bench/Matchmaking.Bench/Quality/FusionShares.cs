using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Quality;

/// <summary>How the experimental fusions add a ranking: each score divided by the ranking's best, times its share.</summary>
internal static class FusionShares
{
    public static void Add(double[] scores, IReadOnlyList<RankedOrganisation> ranking, double share = 0.5)
    {
        var best = ranking.Count > 0 ? ranking.Max(r => r.Score) : 0;
        if (best <= 0)
        {
            return;
        }

        foreach (var entry in ranking)
        {
            scores[entry.Organisation.Index] += share * entry.Score / best;
        }
    }
}
