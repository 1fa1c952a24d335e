using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.ReadModels;
using Orleans;
using Orleans.Runtime;

namespace Matchmaking.Grains.Proposals;

/// <summary>
/// One proposal and its life: draft → proposed → accepted/declined by each member → started or dropped. Each
/// transition is written before it is acknowledged; out of order it is a <see cref="StateConflictException"/>.
/// </summary>
public sealed class ProposalGrain(
    [PersistentState(StorageNames.ProposalState, StorageNames.Profiles)] IPersistentState<ProposalState> state,
    EcosystemReplica replica,
    TimeProvider clock) : Grain, IProposalGrain
{
    private string Id => this.GetPrimaryKeyString();

    public Task<Proposal?> GetAsync()
    {
        state.ThrowIfUnreadable($"proposal '{Id}'");
        return Task.FromResult(state.RecordExists ? state.State.Proposal : null);
    }

    public async Task<Proposal> CreateAsync(Proposal draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (state.RecordExists)
        {
            throw new StateConflictException($"The proposal '{Id}' exists already.");
        }

        var now = clock.GetUtcNow();
        return await WriteAsync(draft with
        {
            Id = Id,
            Status = ProposalStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            History = [new ProposalEvent("created", now)],
        });
    }

    public async Task<Proposal> SubmitAsync()
    {
        var proposal = Existing();
        return proposal.Status switch
        {
            ProposalStatus.Draft => await WriteAsync(Moved(proposal, ProposalStatus.Proposed, "proposed")),
            ProposalStatus.Proposed => proposal,
            _ => throw OutOfOrder(proposal, "proposed", "only a draft can be proposed"),
        };
    }

    public async Task<Proposal> DecideAsync(ProposalDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var proposal = Existing();
        var reason = ProposalRules.CheckDecision(decision);
        if (!proposal.Names(decision.Member))
        {
            throw new ForbiddenException(
                $"The proposal '{Id}' does not name {decision.Member}: only its members ({string.Join(", ", proposal.Members.Select(m => m.Actor))}) accept or decline it.");
        }

        var member = proposal.Members.First(m => m.Actor == decision.Member);
        if (member.Decision == decision.Decision && proposal.Status is ProposalStatus.Proposed or ProposalStatus.Accepted or ProposalStatus.Declined)
        {
            return proposal; // the same answer again
        }

        if (proposal.Status != ProposalStatus.Proposed)
        {
            throw OutOfOrder(proposal, Action(decision.Decision), "members decide on a proposed proposal");
        }

        if (member.Decision is { } earlier)
        {
            throw new StateConflictException($"{decision.Member} already answered '{Action(earlier)}' on the proposal '{Id}'; a decision is final.");
        }

        var now = clock.GetUtcNow();
        var members = proposal.Members
            .Select(m => m == member ? m with { Decision = decision.Decision, Reason = reason, DecidedAt = now } : m)
            .ToList();
        var status = members.Any(m => m.Decision == FeedbackDecision.Decline) ? ProposalStatus.Declined
            : members.All(m => m.Decision == FeedbackDecision.Accept) ? ProposalStatus.Accepted
            : ProposalStatus.Proposed;
        return await WriteAsync(proposal with
        {
            Members = members,
            Status = status,
            UpdatedAt = now,
            History = [.. proposal.History, new ProposalEvent(Action(decision.Decision), now, decision.Member, reason)],
        });
    }

    public async Task<Proposal> StartAsync()
    {
        var proposal = Existing();
        return proposal.Status switch
        {
            ProposalStatus.Accepted => await WriteAsync(Moved(proposal, ProposalStatus.Started, "started")),
            ProposalStatus.Started => proposal,
            _ => throw OutOfOrder(proposal, "started", "only a proposal every member accepted can start"),
        };
    }

    public async Task<Proposal> DropAsync(string? reason)
    {
        var proposal = Existing();
        var tidy = ProposalRules.CheckReason(reason);
        return proposal.Status switch
        {
            ProposalStatus.Started or ProposalStatus.Dropped => throw OutOfOrder(proposal, "dropped", "a started or dropped proposal cannot be dropped"),
            _ => await WriteAsync(Moved(proposal, ProposalStatus.Dropped, "dropped", tidy)),
        };
    }

    private Proposal Existing()
    {
        state.ThrowIfUnreadable($"proposal '{Id}'");
        return state.RecordExists && state.State.Proposal is { } proposal ? proposal : throw NotFoundException.Of($"proposal '{Id}'");
    }

    private Proposal Moved(Proposal proposal, ProposalStatus status, string action, string? reason = null)
    {
        var now = clock.GetUtcNow();
        return proposal with { Status = status, UpdatedAt = now, History = [.. proposal.History, new ProposalEvent(action, now, null, reason)] };
    }

    private async Task<Proposal> WriteAsync(Proposal next)
    {
        var previous = state.State;
        state.State = new ProposalState { Proposal = next };
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = previous;
            throw;
        }

        replica.ProposalStored(Id, state.Etag, next);
        return next;
    }

    private StateConflictException OutOfOrder(Proposal proposal, string action, string rule) =>
        new($"The proposal '{Id}' is {proposal.Status.ToString().ToLowerInvariant()}; it cannot be {action} now ({rule}).");

    private static string Action(FeedbackDecision decision) => decision == FeedbackDecision.Accept ? "accepted" : "declined";
}
