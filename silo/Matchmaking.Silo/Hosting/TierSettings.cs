using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Profiles;

namespace Matchmaking.Silo.Hosting;

/// <summary>
/// <c>Tiers:SeatPriority</c> (e.g. <c>Tiers__SeatPriority__0=resident-partner</c>, the default, and
/// <c>Tiers__SeatPriority__1=sponsor</c>): the membership tiers whose members wait ahead of others for a seat.
/// </summary>
public static class TierSettings
{
    /// <summary>The effects of <paramref name="seatPriority"/>; throws <see cref="InvalidOperationException"/> for a tier that does not exist.</summary>
    public static TierEffects Effects(IReadOnlyList<string> seatPriority)
    {
        ArgumentNullException.ThrowIfNull(seatPriority);
        var tiers = seatPriority.Select(t => t.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        if (tiers.FirstOrDefault(t => !ProfileVocabulary.HubRoles.Contains(t)) is { } unknown)
        {
            throw new InvalidOperationException($"Tiers:SeatPriority: '{unknown}' is not a tier ({string.Join(", ", ProfileVocabulary.HubRoles)}).");
        }

        return new TierEffects(tiers);
    }
}
