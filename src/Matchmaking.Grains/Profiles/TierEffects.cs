using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Grains.Profiles;

/// <summary>
/// What a membership tier gives, from configuration: <c>Tiers:SeatPriority</c>, the tiers whose members, at any hub,
/// wait ahead of other members for a seat at a full event or course; <c>Tiers:ProposalsFirst</c>, the tiers whose
/// members see the coaches' proposals waiting for their answer first in their lists (resident partners by default,
/// for both).
/// </summary>
public sealed record TierEffects(IReadOnlySet<string> SeatPriority, IReadOnlySet<string> ProposalsFirst)
{
    public static TierEffects Default { get; } = new(
        new HashSet<string>(["resident-partner"], StringComparer.Ordinal),
        new HashSet<string>(["resident-partner"], StringComparer.Ordinal));

    /// <summary>Whether any of <paramref name="memberships"/> puts proposals waiting for an answer first.</summary>
    public bool HasProposalsFirst(IReadOnlyList<HubMembership> memberships) => memberships.Any(m => ProposalsFirst.Contains(m.Role));

    /// <summary>Whether any of <paramref name="memberships"/> gives priority on seats.</summary>
    public bool HasSeatPriority(IReadOnlyList<HubMembership> memberships) => memberships.Any(m => SeatPriority.Contains(m.Role));
}
