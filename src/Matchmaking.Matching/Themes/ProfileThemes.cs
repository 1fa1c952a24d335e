using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;

namespace Matchmaking.Matching.Themes;

/// <summary>
/// The themes a profile offers and those it seeks, as the index reads them (a theme declared because it is needed is
/// sought, not offered): for matching things that are not actors, such as events and courses, to an actor.
/// </summary>
public sealed record ProfileThemes(IReadOnlySet<string> Offered, IReadOnlySet<string> Sought)
{
    public static ProfileThemes Of(MatchProfile profile, ThemeTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var supplyText = string.Join(". ", [.. profile.Offers, .. profile.Keywords]);
        var sought = new HashSet<string>(taxonomy.FindInText(string.Join(". ", profile.Needs)), StringComparer.Ordinal);
        var offered = ProfileAnalysis.Offered(profile, supplyText, profile.Description ?? "", sought, taxonomy);
        return new ProfileThemes(offered, sought);
    }
}
