using Matchmaking.Abstractions.Coaches;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Orleans;
using Orleans.Runtime;

namespace Matchmaking.Grains.Coaches;

/// <summary>
/// An innovation coach: forms proposals for its briefs (<see cref="ProposalFormation"/>), stores each as a draft
/// proposal grain, and keeps their ids as its portfolio. Calls proposal grains, never the other way round.
/// </summary>
/// <remarks>
/// <see cref="ProposeAsync"/> is interleaved and reads or writes no state: the formation and the chat model's
/// rewrite (up to <see cref="Drafting.DraftingOptions.Timeout"/>) run while the grain answers other calls. Only the
/// storing is a turn of its own (<see cref="StoreAsync"/>, called on this grain), so portfolio writes never overlap.
/// </remarks>
public sealed class CoachGrain(
    [PersistentState(StorageNames.PortfolioState, StorageNames.Profiles)] IPersistentState<PortfolioState> state,
    ProposalFormation formation) : Grain, ICoachGrain, ICoachPortfolioGrain
{
    public async Task<IReadOnlyList<Proposal>> ProposeAsync(ProjectBrief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        CheckCoach();
        var formed = await formation.FormAsync(brief);
        return formed.Count == 0 ? [] : await this.AsReference<ICoachPortfolioGrain>().StoreAsync(formed);
    }

    public async Task<IReadOnlyList<Proposal>> StoreAsync(IReadOnlyList<Proposal> formed)
    {
        ArgumentNullException.ThrowIfNull(formed);
        var coach = CheckCoach();
        var stored = new List<Proposal>(formed.Count);
        foreach (var proposal in formed)
        {
            stored.Add(await GrainFactory.GetGrain<IProposalGrain>(NewId()).CreateAsync(proposal with { Coach = coach }));
        }

        if (stored.Count > 0)
        {
            var previous = state.State;
            state.State = new PortfolioState { Proposals = [.. stored.Select(p => p.Id), .. previous.Proposals] };
            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                state.State = previous;
                throw;
            }
        }

        return stored;
    }

    public async Task<IReadOnlyList<Proposal>> GetPortfolioAsync()
    {
        var proposals = await Task.WhenAll(state.State.Proposals.Select(id => GrainFactory.GetGrain<IProposalGrain>(id).GetAsync()));
        return [.. proposals.OfType<Proposal>()];
    }

    private string CheckCoach()
    {
        var coach = this.GetPrimaryKeyString();
        return ActorIds.Problem(coach) is { } problem
            ? throw new ValidationFailedException(new Dictionary<string, string[]> { ["coach"] = [problem] })
            : coach;
    }

    private static string NewId() => "p-" + Guid.NewGuid().ToString("N")[..12];
}
