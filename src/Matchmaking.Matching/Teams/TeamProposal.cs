using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Matching.Teams;

/// <summary>A proposed team, best first in a batch: its members, why it works, and a draft to present.</summary>
public sealed record TeamProposal(
    double Score,
    IReadOnlyList<TeamMember> Members,
    IReadOnlyList<NeedCoverage> Coverage,
    IReadOnlyList<PairFit> Pairs,
    IReadOnlyList<Reason> Reasons,
    ProjectDraft Draft)
{
    /// <summary>The theme ids the team works on (the brief's, or the ones its members share).</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>The team's reasons in Italian (<see cref="Reasons"/> is one of the two, in the brief's language).</summary>
    public IReadOnlyList<Reason> ReasonsIt { get; init; } = [];

    /// <summary>The team's reasons in English.</summary>
    public IReadOnlyList<Reason> ReasonsEn { get; init; } = [];

    /// <summary>Members of near-duplicate teams merged into this one: who could stand in for one of its members.</summary>
    public IReadOnlyList<TeamMember> Alternates { get; init; } = [];
}

/// <summary>A member, the role it fills and how well it answers the brief on its own (0..1).</summary>
public sealed record TeamMember(string Key, ActorType Type, string Name, TeamRole Role, double Relevance);

/// <summary>How well the team covers one need of the brief (a theme id or a need phrase), and by whom.</summary>
public sealed record NeedCoverage(string Need, double Coverage, IReadOnlyList<string> CoveredBy);

/// <summary>How well two members fit each other, two-sidedly, with the evidence.</summary>
public sealed record PairFit(string A, string B, double Score, IReadOnlyList<Reason> Reasons);

/// <summary>A deterministic draft title and objective in Italian and English, from the members' profiles and the themes.</summary>
public sealed record ProjectDraft(string TitleIt, string TitleEn, string ObjectiveIt, string ObjectiveEn);
