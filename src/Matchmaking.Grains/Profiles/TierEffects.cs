using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Grains.Profiles;

/// <summary>
/// What a membership tier gives, from configuration (<c>Tiers:SeatPriority</c>): the tiers whose members, at any hub,
/// wait ahead of other members for a seat at a full event or course (resident partners by default).
/// </summary>
public sealed record TierEffects(IReadOnlySet<string> SeatPriority)
{
    public static TierEffects Default { get; } = new(new HashSet<string>(["resident-partner"], StringComparer.Ordinal));

    /// <summary>Whether any of <paramref name="memberships"/> gives priority on seats.</summary>
    public bool HasSeatPriority(IReadOnlyList<HubMembership> memberships) => memberships.Any(m => SeatPriority.Contains(m.Role));
}
