using Matchmaking.Bench.Evaluation;
using Matchmaking.Matching.Teams;

namespace Matchmaking.Bench.Quality;

/// <summary>
/// The product's team formation as a team system: the fold's organisations indexed as <see cref="EngineRanker"/> does
/// (the held-out project absent), then <see cref="TeamFormation.Propose"/> with the brief as need, a company and a
/// research organisation required, nothing optional, teams of two, each organisation in at most two proposals.
/// </summary>
public sealed class EngineTeamProposer(TeamWeights? weights = null) : ITeamProposer
{
    private readonly EngineRanker engine = new();
    private readonly TeamWeights weights = weights ?? TeamWeights.Default;
    private EvaluationFold? fold;

    public string Name => "engine";

    public void Prepare(EvaluationFold fold)
    {
        engine.Prepare(fold);
        this.fold = fold;
    }

    public IReadOnlyList<ProposedPair> Propose(string brief, int k)
    {
        var current = fold ?? throw new InvalidOperationException("Prepare must be called before Propose.");
        var proposals = new TeamFormation(engine.Index, teamWeights: weights).Propose(new TeamBrief
        {
            Need = brief.Length > TeamBriefRules.MaxNeedLength ? brief[..TeamBriefRules.MaxNeedLength] : brief,
            Required = [TeamRole.Company, TeamRole.Research],
            Optional = [],
            MaxTeamSize = 2,
            Top = k,
            MaxProposalsPerActor = Bm25PairProposer.MaxProposalsPerActor,
            Explain = false,
        });
        return proposals
            .Select(p => new ProposedPair(
                current.Corpus.OrganisationIndex(p.Members.Single(m => m.Role == TeamRole.Company).Key),
                current.Corpus.OrganisationIndex(p.Members.Single(m => m.Role == TeamRole.Research).Key)))
            .ToList();
    }
}
