namespace Matchmaking.Bench.Evaluation;

/// <summary>What a query is made of.</summary>
public enum EvaluationMode
{
    /// <summary>The held-out project's title and objective as free text, with no anchor organisation.</summary>
    Brief,

    /// <summary>One participant of the held-out project (its profile and graph without the project) asks for partners.</summary>
    Entity,

    /// <summary>The held-out project's title and objective as a team brief: proposals of a company and a research organisation.</summary>
    Team,
}
