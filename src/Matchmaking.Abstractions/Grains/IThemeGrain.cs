using Matchmaking.Abstractions.Themes;
using Matchmaking.Runtime;

namespace Matchmaking.Abstractions.Grains;

/// <summary>A technology theme (key: theme id such as <c>industrial-iot</c>); knows who offers and seeks it.</summary>
public interface IThemeGrain : IGrainWithStringKey
{
    /// <summary>The theme with its offerers and seekers as of now, or null when the id is not in the taxonomy.</summary>
    [ReadOnly]
    Task<ThemeDetails?> GetAsync();
}
