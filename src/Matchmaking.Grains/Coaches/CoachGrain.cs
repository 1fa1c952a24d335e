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
public sealed class CoachGrain(
    [PersistentState(StorageNames.PortfolioState, StorageNames.Profiles)] IPersistentState<PortfolioState> state,
    ProposalFormation formation) : Grain, ICoachGrain
{
    public async Task<IReadOnlyList<Proposal>> ProposeAsync(ProjectBrief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var coach = this.GetPrimaryKeyString();
        if (ActorIds.Problem(coach) is { } problem)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["coach"] = [problem] });
        }

        var formed = await formation.FormAsync(brief);
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

    private static string NewId() => "p-" + Guid.NewGuid().ToString("N")[..12];
}
