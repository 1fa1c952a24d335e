using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Profiles;

namespace Matchmaking.Silo.Hosting;

/// <summary>
/// <c>Tiers:SeatPriority</c> (e.g. <c>Tiers__SeatPriority__0=resident-partner</c>, the default, and
/// <c>Tiers__SeatPriority__1=sponsor</c>): the membership tiers whose members wait ahead of others for a seat;
/// <c>Tiers:ProposalsFirst</c> likewise: the tiers whose members see proposals waiting for their answer first.
/// </summary>
public static class TierSettings
{
    /// <summary>The effects configured in <paramref name="configuration"/> (the defaults where a list is not given); throws <see cref="SettingsException"/> for a tier that does not exist.</summary>
    public static TierEffects Effects(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new TierEffects(
            Tiers(configuration, "SeatPriority") ?? TierEffects.Default.SeatPriority,
            Tiers(configuration, "ProposalsFirst") ?? TierEffects.Default.ProposalsFirst);
    }

    private static HashSet<string>? Tiers(IConfiguration configuration, string effect)
    {
        string[]? listed;
        try
        {
            listed = configuration.GetSection($"Tiers:{effect}").Get<string[]>();
        }
        catch (InvalidOperationException e)
        {
            throw new SettingsException($"Tiers:{effect}: {e.Message}");
        }

        if (listed is null)
        {
            return null;
        }

        var tiers = listed.Select(t => t.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        if (tiers.FirstOrDefault(t => !ProfileVocabulary.HubRoles.Contains(t)) is { } unknown)
        {
            throw new SettingsException($"Tiers:{effect}: '{unknown}' is not a tier ({string.Join(", ", ProfileVocabulary.HubRoles)}).");
        }

        return tiers;
    }
}
