using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Themes;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Suggestions;

namespace Matchmaking.Grains.Themes;

/// <summary>
/// A hub's view of a theme from the directory and the engine: offerers and seekers by province, seekers with no
/// offerer in their province, and the actors on the theme with the most partners.
/// </summary>
public sealed class ThemeGapsView(ActorDirectory directory, Matchmaker matchmaker)
{
    /// <summary>How many connected actors are listed.</summary>
    public const int ConnectedShown = 5;

    public ThemeGaps Of(ThemeInfo theme, string? province)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var offerers = directory.Offerers(theme.Id);
        var seekers = directory.Seekers(theme.Id);
        var offeredIn = Count(offerers);
        var soughtIn = Count(seekers);
        var provinces = offeredIn.Keys.Union(soughtIn.Keys)
            .Where(p => province is null || string.Equals(p, province, StringComparison.OrdinalIgnoreCase))
            .Select(p => new ProvinceBalance(p, offeredIn.GetValueOrDefault(p), soughtIn.GetValueOrDefault(p), soughtIn.GetValueOrDefault(p) - offeredIn.GetValueOrDefault(p)))
            .OrderByDescending(b => b.Gap)
            .ThenByDescending(b => b.Seekers)
            .ThenBy(b => b.Province, StringComparer.Ordinal)
            .ToList();
        var unmet = seekers
            .Where(s => InScope(s, province) && (s.Province is null || offeredIn.GetValueOrDefault(s.Province) == 0))
            .ToList();
        var connected = offerers.Concat(seekers)
            .DistinctBy(a => (a.Kind, a.Id))
            .Where(a => InScope(a, province))
            .Select(a => new ConnectedActor(a.Kind, a.Id, a.Name, a.Province, matchmaker.Profile(new ActorRef(a.Kind, a.Id))?.Partners.Count ?? 0))
            .Where(a => a.Partners > 0)
            .OrderByDescending(a => a.Partners)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .Take(ConnectedShown)
            .ToList();
        return new ThemeGaps(
            theme.Id,
            theme.LabelIt,
            theme.LabelEn,
            province,
            offerers.Count(a => InScope(a, province)),
            seekers.Count(a => InScope(a, province)),
            provinces,
            unmet,
            connected);
    }

    /// <summary>
    /// The theme ranked among others: its seekers in scope, the offerers in the provinces where it is sought (local
    /// offerers), and the demand they do not meet (seekers beyond the offerers, province by province).
    /// </summary>
    public static ThemeGap Rank(ThemeGaps gaps)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        var localOfferers = gaps.Provinces.Where(p => p.Seekers > 0).Sum(p => p.Offerers);
        return new ThemeGap(gaps.Id, gaps.LabelIt, gaps.LabelEn, gaps.Seekers, localOfferers, gaps.Provinces.Sum(p => Math.Max(0, p.Gap)));
    }

    /// <summary>
    /// The themes with unmet demand, biggest gap first (then most seekers, then id): what <c>GET /api/themes/gaps</c>
    /// answers and the home page shows, from one computation.
    /// </summary>
    public static IReadOnlyList<ThemeGap> Ranking(IEnumerable<ThemeGaps?> themes, int top)
    {
        ArgumentNullException.ThrowIfNull(themes);
        return [.. themes.OfType<ThemeGaps>()
            .Select(Rank)
            .Where(g => g.Gap > 0)
            .OrderByDescending(g => g.Gap)
            .ThenByDescending(g => g.Seekers)
            .ThenBy(g => g.Id, StringComparer.Ordinal)
            .Take(top)];
    }

    private static bool InScope(ActorSummary actor, string? province) =>
        province is null || string.Equals(actor.Province, province, StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, int> Count(IEnumerable<ActorSummary> actors) => actors
        .Where(a => a.Province is not null)
        .GroupBy(a => a.Province!.ToUpperInvariant(), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
