using System.Collections.Concurrent;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Grains.Suggestions;

namespace Matchmaking.Grains.Proposals;

/// <summary>
/// Every proposal in memory: what each member sees (the proposals that name it) and the pairs a member declined
/// (never proposed together again). Proposal grains update it after each acknowledged write;
/// the silo's <see cref="ReadModels.EcosystemReplica"/> fills it at start. Thread-safe.
/// </summary>
public sealed class ProposalBoard(Directory.ActorDirectory directory, Profiles.TierEffects tiers)
{
    private readonly ConcurrentDictionary<string, Proposal> proposals = new(StringComparer.Ordinal);

    public int Count => proposals.Count;

    public void Upsert(Proposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        proposals[proposal.Id] = proposal;
    }

    /// <summary>
    /// The proposals naming <paramref name="member"/>, drafts left out (the members have not been told), newest first;
    /// for a member whose tier puts them first (<see cref="Profiles.TierEffects.ProposalsFirst"/>), those waiting for
    /// its answer come before the others.
    /// </summary>
    public IReadOnlyList<Proposal> ForMember(ActorRef member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var waitingFirst = tiers.HasProposalsFirst(directory.MembershipsOf(member));
        return [.. proposals.Values
            .Where(p => p.Status != ProposalStatus.Draft && p.Names(member))
            .OrderBy(p => waitingFirst && Waits(p, member) ? 0 : 1)
            .ThenByDescending(p => p.CreatedAt)
            .ThenBy(p => p.Id, StringComparer.Ordinal)];
    }

    /// <summary>Whether <paramref name="proposal"/> is proposed and waiting for <paramref name="member"/>'s answer.</summary>
    public static bool Waits(Proposal proposal, ActorRef member) =>
        proposal.Status == ProposalStatus.Proposed && proposal.Members.Any(m => m.Actor == member && m.Decision is null);

    /// <summary>(decliner, other member) as engine keys, for every member that declined a proposal.</summary>
    public IReadOnlyList<(string A, string B)> DeclinedPairs()
    {
        var pairs = new List<(string, string)>();
        foreach (var proposal in proposals.Values)
        {
            foreach (var decliner in proposal.Members.Where(m => m.Decision == FeedbackDecision.Decline))
            {
                pairs.AddRange(proposal.Members
                    .Where(m => m != decliner)
                    .Select(m => (MatchKeys.Of(decliner.Actor), MatchKeys.Of(m.Actor))));
            }
        }

        return pairs;
    }
}
