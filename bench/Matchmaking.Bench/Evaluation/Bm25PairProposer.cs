namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// Baseline "bm25-pair": ranks the fold's candidates with <see cref="Bm25Ranker"/> on the brief, then pairs the best
/// companies with the best research organisations: pairs in order of the sum of their two ranks (ties: the larger BM25
/// sum first), each organisation in at most <see cref="MaxProposalsPerActor"/> proposals, as the engine's batch allows.
/// The first proposal is the top BM25 company with the top BM25 research organisation.
/// </summary>
public sealed class Bm25PairProposer(RankerContext context) : ITeamProposer
{
    /// <summary>How many proposals one organisation may be in (the engine's default cap).</summary>
    public const int MaxProposalsPerActor = 2;

    private readonly Bm25Ranker ranker = new(context);

    public string Name => "bm25-pair";

    public void Prepare(EvaluationFold fold) => ranker.Prepare(fold);

    public IReadOnlyList<ProposedPair> Propose(string brief, int k)
    {
        var companies = new List<RankedOrganisation>(k);
        var research = new List<RankedOrganisation>(k);
        foreach (var entry in ranker.Rank(new RankQuery(EvaluationMode.Brief, brief, null), int.MaxValue))
        {
            var list = entry.Organisation.Kind switch
            {
                OrganisationKind.Company => companies,
                OrganisationKind.Research => research,
                _ => null,
            };
            if (list is not null && list.Count < k)
            {
                list.Add(entry);
            }

            if (companies.Count >= k && research.Count >= k)
            {
                break;
            }
        }

        var pairs = from c in Enumerable.Range(0, companies.Count)
                    from r in Enumerable.Range(0, research.Count)
                    orderby c + r, companies[c].Score + research[r].Score descending, c
                    select (c, r);
        var uses = new Dictionary<int, int>();
        var proposals = new List<ProposedPair>(k);
        foreach (var (c, r) in pairs)
        {
            var (company, lab) = (companies[c].Organisation.Index, research[r].Organisation.Index);
            if (uses.GetValueOrDefault(company) < MaxProposalsPerActor && uses.GetValueOrDefault(lab) < MaxProposalsPerActor)
            {
                proposals.Add(new ProposedPair(company, lab));
                uses[company] = uses.GetValueOrDefault(company) + 1;
                uses[lab] = uses.GetValueOrDefault(lab) + 1;
                if (proposals.Count == k)
                {
                    break;
                }
            }
        }

        return proposals;
    }
}
