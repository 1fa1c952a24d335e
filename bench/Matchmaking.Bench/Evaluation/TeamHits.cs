namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// The team metrics of one held-out project P. A proposal is a <em>hit</em> when both its company and its research
/// organisation are among P's profiled participants (participants with at least one other project, hubs excluded:
/// the ones a system could name). P is a hit at k when at least one of the first k proposals is a hit.
/// </summary>
/// <param name="HitAt1">1 when the first proposal is a hit.</param>
/// <param name="HitAt5">1 when one of the first 5 proposals is a hit.</param>
/// <param name="HitAt10">1 when one of the first 10 proposals is a hit.</param>
/// <param name="PrecisionAt5">Hits among the first 5 proposals, divided by 5 (fewer proposals count as misses).</param>
/// <param name="CompanyAt5">1 when one of the first 5 proposals has a participating company.</param>
/// <param name="ResearchAt5">1 when one of the first 5 proposals has a participating research organisation.</param>
public sealed record TeamHits(double HitAt1, double HitAt5, double HitAt10, double PrecisionAt5, double CompanyAt5, double ResearchAt5)
{
    /// <summary>The metrics of a system's proposals against P's participating companies and research organisations.</summary>
    public static TeamHits Of(IReadOnlyList<ProposedPair> proposals, IReadOnlySet<int> companies, IReadOnlySet<int> research)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        ArgumentNullException.ThrowIfNull(companies);
        ArgumentNullException.ThrowIfNull(research);
        bool Hit(ProposedPair p) => companies.Contains(p.Company) && research.Contains(p.Research);
        double Any(int k, Func<ProposedPair, bool> test) => proposals.Take(k).Any(test) ? 1 : 0;
        return new TeamHits(
            Any(1, Hit),
            Any(5, Hit),
            Any(10, Hit),
            proposals.Take(5).Count(Hit) / 5.0,
            Any(5, p => companies.Contains(p.Company)),
            Any(5, p => research.Contains(p.Research)));
    }

    /// <summary>The mean of each metric over projects (all zero for none).</summary>
    public static TeamHits Mean(IReadOnlyCollection<TeamHits> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        return hits.Count == 0
            ? new TeamHits(0, 0, 0, 0, 0, 0)
            : new TeamHits(
                hits.Average(h => h.HitAt1),
                hits.Average(h => h.HitAt5),
                hits.Average(h => h.HitAt10),
                hits.Average(h => h.PrecisionAt5),
                hits.Average(h => h.CompanyAt5),
                hits.Average(h => h.ResearchAt5));
    }
}
