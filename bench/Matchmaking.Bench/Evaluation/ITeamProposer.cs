namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// A system under team evaluation: proposes teams of a company and a research organisation for a free-text brief.
/// One instance serves one thread: the runner calls <see cref="Prepare"/> once per fold, then <see cref="Propose"/>.
/// </summary>
public interface ITeamProposer
{
    /// <summary>The system's name in the report ("engine", "bm25-pair").</summary>
    string Name { get; }

    /// <summary>Gets ready for a fold, using only what the fold exposes (profiles and graph without the held-out project).</summary>
    void Prepare(EvaluationFold fold);

    /// <summary>At most <paramref name="k"/> proposals, best first, each a company and a research organisation of the fold's candidates.</summary>
    IReadOnlyList<ProposedPair> Propose(string brief, int k);
}

/// <summary>A proposed team's company and research organisation, by organisation index.</summary>
public readonly record struct ProposedPair(int Company, int Research);

/// <summary>A team system the eval command runs in team mode: its report name and how to build one instance per worker.</summary>
public sealed record TeamSystemRegistration(string Name, Func<RankerContext, ITeamProposer> Create);
