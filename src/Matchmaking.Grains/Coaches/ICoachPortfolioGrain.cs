using Matchmaking.Abstractions.Proposals;
using Orleans;

namespace Matchmaking.Grains.Coaches;

/// <summary>
/// The coach grain's storing step (same grain, same key as <see cref="Abstractions.Coaches.ICoachGrain"/>), for the
/// grain itself: <see cref="Abstractions.Coaches.ICoachGrain.ProposeAsync"/> forms and drafts interleaved, holding no
/// turn, then hands the finished proposals here, so every portfolio write is a turn of its own. Not part of the
/// contract the HTTP API and the pages use.
/// </summary>
public interface ICoachPortfolioGrain : IGrainWithStringKey
{
    /// <summary>Stores each formed proposal as a draft proposal grain and puts them first in the portfolio.</summary>
    Task<IReadOnlyList<Proposal>> StoreAsync(IReadOnlyList<Proposal> formed);
}
