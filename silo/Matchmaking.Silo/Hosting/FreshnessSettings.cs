using Matchmaking.Matching.Scoring;

namespace Matchmaking.Silo.Hosting;

/// <summary>
/// <c>Freshness:StaleAfter</c> (default <c>365.00:00:00</c>, a year) and <c>Freshness:Grace</c> (default
/// <c>90.00:00:00</c>): a profile not written or confirmed for that long ranks lower, and after the grace period too
/// is not suggested until its member confirms or edits it; <c>Freshness:StalePenalty</c> (default 0.5) is what a stale
/// profile's score is multiplied by; <c>Freshness:SweepEvery</c> (default a day) how often the members of stale
/// profiles are reminded.
/// </summary>
public sealed class FreshnessSettings
{
    public const string Section = "Freshness";

    public TimeSpan StaleAfter { get; set; } = ProfileAging.Default.StaleAfter;

    public TimeSpan Grace { get; set; } = ProfileAging.Default.Grace;

    public double StalePenalty { get; set; } = ProfileAging.Default.StalePenalty;

    /// <summary>How often the members of stale profiles are reminded (an Orleans reminder; at least a minute).</summary>
    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The engine's aging rule; throws <see cref="SettingsException"/> naming a setting out of range.</summary>
    public ProfileAging ToAging()
    {
        if (StaleAfter <= TimeSpan.Zero || Grace < TimeSpan.Zero || StalePenalty is <= 0 or > 1 || SweepEvery < TimeSpan.FromMinutes(1))
        {
            throw new SettingsException(
                $"{Section}: StaleAfter must be above zero ({StaleAfter}), Grace not below zero ({Grace}), StalePenalty above 0 and at most 1 ({StalePenalty}), SweepEvery at least a minute ({SweepEvery}).");
        }

        return new ProfileAging(StaleAfter, Grace, StalePenalty);
    }
}
