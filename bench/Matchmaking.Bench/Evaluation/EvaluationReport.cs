namespace Matchmaking.Bench.Evaluation;

/// <summary>The result of one evaluation run.</summary>
/// <param name="Dataset">The set's name.</param>
/// <param name="Mode">The query mode.</param>
/// <param name="Seed">The seed used.</param>
/// <param name="LimitProjects">The project sample size, or null for all projects.</param>
/// <param name="Counts">What was evaluated.</param>
/// <param name="ExcludedHubs">Organisations left out as hubs.</param>
/// <param name="DataIssues">What the loader repaired or dropped.</param>
/// <param name="Systems">Mean metrics per system, in registry order.</param>
/// <param name="ByKind">The same restricted to one kind of organisation: only candidates and relevant organisations of
/// that kind (the ranking a user gets when asking for companies, or for research partners); queries with no relevant
/// organisation of the kind are skipped.</param>
/// <param name="Timings">Wall times.</param>
public sealed record EvaluationReport(
    string Dataset,
    EvaluationMode Mode,
    int Seed,
    int? LimitProjects,
    EvaluationCounts Counts,
    IReadOnlyList<HubOrganisation> ExcludedHubs,
    DataIssues DataIssues,
    IReadOnlyList<SystemMetrics> Systems,
    IReadOnlyList<KindMetrics> ByKind,
    EvaluationTimings Timings)
{
    /// <summary>Entity mode: the new-partners split (see <see cref="NewPartnerSplit"/>); null in brief mode.</summary>
    public NewPartnerSplit? NewPartners { get; init; }
}

/// <summary>One system's mean metrics.</summary>
/// <param name="Name">The system's name.</param>
/// <param name="Metrics">Its means.</param>
public sealed record SystemMetrics(string Name, MetricSet Metrics);

/// <summary>Metrics restricted to one kind of organisation.</summary>
/// <param name="Kind">"company" (PRC) or "research" (HES, REC).</param>
/// <param name="Queries">Queries with at least one relevant organisation of the kind.</param>
/// <param name="Systems">Mean metrics per system.</param>
public sealed record KindMetrics(string Kind, int Queries, IReadOnlyList<SystemMetrics> Systems);

/// <summary>What an evaluation covered.</summary>
/// <param name="Projects">Projects in the set.</param>
/// <param name="ProjectsEvaluated">Held-out projects that produced at least one query.</param>
/// <param name="ProjectsSkipped">Held-out projects (of those selected) with no query: fewer than two profiled participants in
/// entity mode, none in brief mode.</param>
/// <param name="Organisations">Distinct organisations in the set (hubs included).</param>
/// <param name="Queries">Queries evaluated.</param>
/// <param name="MeanCandidates">Mean number of candidates per query.</param>
/// <param name="MinCandidates">Fewest candidates of a query.</param>
/// <param name="MaxCandidates">Most candidates of a query.</param>
/// <param name="MeanRelevant">Mean number of relevant organisations per query.</param>
public sealed record EvaluationCounts(
    int Projects,
    int ProjectsEvaluated,
    int ProjectsSkipped,
    int Organisations,
    int Queries,
    double MeanCandidates,
    int MinCandidates,
    int MaxCandidates,
    double MeanRelevant);

/// <summary>Wall times in milliseconds, and the summed time spent inside each system.</summary>
/// <param name="LoadMs">Reading the CSV files.</param>
/// <param name="IndexMs">Building the corpus index.</param>
/// <param name="EvaluateMs">All folds, all systems (wall).</param>
/// <param name="TotalMs">Load + index + evaluate (wall).</param>
/// <param name="Workers">Threads used over folds.</param>
/// <param name="SystemMs">Per system: construction, Prepare and Rank, summed over threads.</param>
public sealed record EvaluationTimings(
    double LoadMs,
    double IndexMs,
    double EvaluateMs,
    double TotalMs,
    int Workers,
    IReadOnlyList<KeyValuePair<string, double>> SystemMs);
