using Matchmaking.Abstractions.Proposals;
using Orleans;
using Orleans.Concurrency;

namespace Matchmaking.Abstractions.Coaches;

/// <summary>
/// An innovation coach (key: a lowercase slug, e.g. <c>csmt-tutor</c>): turns briefs into proposals and keeps
/// its portfolio. A coach needs no profile; it exists from its first brief.
/// </summary>
public interface ICoachGrain : IGrainWithStringKey
{
    /// <summary>
    /// Forms teams for the brief and stores each as a draft proposal in the portfolio, best first. Throws
    /// <see cref="Errors.ValidationFailedException"/> naming what is missing, unknown or contradictory.
    /// </summary>
    Task<IReadOnlyList<Proposal>> ProposeAsync(ProjectBrief brief);

    /// <summary>Every proposal formed for this coach, newest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<Proposal>> GetPortfolioAsync();
}
