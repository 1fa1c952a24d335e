using Matchmaking.Abstractions.Themes;
using Orleans;
using Orleans.Concurrency;

namespace Matchmaking.Abstractions.Grains;

/// <summary>
/// A technology theme (key: theme id such as <c>industrial-iot</c>). Knows who offers it (the theme is
/// among an actor's themes or named in its offers) and who seeks it (named in an actor's needs),
/// sub-themes included, as of the last acknowledged profile write.
/// </summary>
public interface IThemeGrain : IGrainWithStringKey
{
    /// <summary>The theme with its offerers and seekers, or null when the id is not in the taxonomy.</summary>
    [ReadOnly]
    Task<ThemeDetails?> GetAsync();

    /// <summary>The theme with counts of offerers and seekers, or null when the id is not in the taxonomy.</summary>
    [ReadOnly]
    Task<ThemeSummary?> GetSummaryAsync();

    /// <summary>
    /// Supply and demand of the theme by province (only <paramref name="province"/> when given), the seekers with no
    /// local offerer and the most connected actors on it; null when the id is not in the taxonomy.
    /// </summary>
    [ReadOnly]
    Task<ThemeGaps?> GetGapsAsync(string? province = null);
}
