using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Matching.Themes;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Silo.Pages;

/// <summary><c>/themes/{id}</c>: who offers the theme, who seeks it, supply and demand and gaps by province.</summary>
public sealed class ThemeModel(SiteData data) : SitePage
{
    public SiteData Data => data;

    public ThemeDefinition Theme { get; private set; } = null!;

    public IReadOnlyList<ActorSummary> Offerers { get; private set; } = [];

    public IReadOnlyList<ActorSummary> Seekers { get; private set; } = [];

    /// <summary>Offerers and seekers by province (actors without one under "—"), busiest first.</summary>
    public IReadOnlyList<(string Province, int Offerers, int Seekers)> Provinces { get; private set; } = [];

    /// <summary>Seekers in provinces where nobody offers the theme.</summary>
    public IReadOnlyList<ActorSummary> UnmetSeekers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (data.Theme(id?.ToLowerInvariant()) is not { } theme || await data.Grains.GetGrain<IThemeGrain>(theme.Id).GetAsync() is not { } details)
        {
            return PageNotFound();
        }

        Theme = theme;
        Offerers = data.Visible(details.Offerers, Viewer);
        Seekers = data.Visible(details.Seekers, Viewer);
        static string Of(ActorSummary a) => a.Province ?? "—";
        Provinces = Offerers.Select(Of).Concat(Seekers.Select(Of)).Distinct(StringComparer.Ordinal)
            .Select(p => (p, Offerers.Count(a => Of(a) == p), Seekers.Count(a => Of(a) == p)))
            .OrderByDescending(r => r.Item2 + r.Item3).ThenBy(r => r.p, StringComparer.Ordinal)
            .ToList();
        var supplied = Offerers.Select(Of).ToHashSet(StringComparer.Ordinal);
        UnmetSeekers = [.. Seekers.Where(s => !supplied.Contains(Of(s)))];
        return Page();
    }
}
