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
    /// Forms teams for the brief and stores each as a draft proposal in the portfolio, best first, with the chat
    /// model's draft when drafting is on (the engine's when it is off, fails or is too slow). Throws
    /// <see cref="Errors.ValidationFailedException"/> naming what is missing, unknown or contradictory.
    /// </summary>
    /// <remarks>
    /// Interleaved: the call waits for the formation and the model, the coach grain does not. While it waits, the
    /// same coach answers its portfolio and other briefs; the proposals are stored afterwards in a turn of their own.
    /// </remarks>
    [AlwaysInterleave]
    Task<IReadOnlyList<Proposal>> ProposeAsync(ProjectBrief brief);

    /// <summary>Every proposal formed for this coach, newest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<Proposal>> GetPortfolioAsync();
}
