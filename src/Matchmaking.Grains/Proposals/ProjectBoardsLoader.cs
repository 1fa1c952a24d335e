using Matchmaking.Grains.Calls;
using Matchmaking.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Grains.Proposals;

/// <summary>Fills the <see cref="CallBoard"/> and the <see cref="ProposalBoard"/> from storage at start, before the silo serves requests.</summary>
public sealed class ProjectBoardsLoader(
    [FromKeyedServices(StorageNames.Profiles)] IGrainStorageScanner scanner,
    CallBoard calls,
    ProposalBoard proposals)
{
    /// <summary>Loads every stored call and proposal; returns how many of each.</summary>
    public async Task<(int Calls, int Proposals)> LoadAsync(CancellationToken cancellationToken)
    {
        var callCount = 0;
        await foreach (var stored in scanner.ReadAllAsync<CallState>(StorageNames.CallState, "call", cancellationToken))
        {
            if (stored.State.Call is { } call)
            {
                calls.Upsert(new Abstractions.Calls.StoredCall(stored.GrainKey, call, stored.ETag, stored.State.UpdatedAt));
                callCount++;
            }
        }

        var proposalCount = 0;
        await foreach (var stored in scanner.ReadAllAsync<ProposalState>(StorageNames.ProposalState, "proposal", cancellationToken))
        {
            if (stored.State.Proposal is { } proposal)
            {
                proposals.Upsert(proposal);
                proposalCount++;
            }
        }

        return (callCount, proposalCount);
    }
}
