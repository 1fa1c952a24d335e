using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Themes;
using Matchmaking.Grains.Directory;
using Matchmaking.Matching.Themes;
using Orleans;

namespace Matchmaking.Grains.Themes;

/// <summary>A theme of the taxonomy, answering from the directory who offers and seeks it, and where demand is unmet.</summary>
public sealed class ThemeGrain(ThemeTaxonomy taxonomy, ActorDirectory directory, ThemeGapsView gaps) : Grain, IThemeGrain
{
    public Task<ThemeDetails?> GetAsync() => Task.FromResult(
        Info() is { } info ? new ThemeDetails(info, directory.Offerers(info.Id), directory.Seekers(info.Id)) : null);

    public Task<ThemeSummary?> GetSummaryAsync() => Task.FromResult(
        Info() is { } info ? new ThemeSummary(info, directory.Offerers(info.Id).Count, directory.Seekers(info.Id).Count) : null);

    public Task<ThemeGaps?> GetGapsAsync(string? province = null) => Task.FromResult(
        Info() is { } info ? gaps.Of(info, province?.Trim().ToUpperInvariant()) : null);

    private ThemeInfo? Info() => taxonomy.TryGet(this.GetPrimaryKeyString(), out var theme)
        ? new ThemeInfo(theme.Id, theme.LabelIt, theme.LabelEn, theme.Parent, taxonomy.Children(theme.Id), theme.SynonymsIt, theme.SynonymsEn, theme.Hubs)
        : null;
}
