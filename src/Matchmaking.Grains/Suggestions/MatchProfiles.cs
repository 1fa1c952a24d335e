using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Relations;
using Matchmaking.Matching.Profiles;

namespace Matchmaking.Grains.Suggestions;

/// <summary>The one mapping from an actor's profile and relations to what the engine matches on.</summary>
public static class MatchProfiles
{
    public static MatchProfile From(ActorKind kind, string id, ActorProfile profile, DateTimeOffset updatedAt, RelationsState? relations)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var key = MatchKeys.Of(kind, id);
        var partners = Partners(key, profile.Collaborations, relations);
        return new MatchProfile
        {
            Key = key,
            Type = MatchKeys.TypeOf(kind),
            Name = profile.Name,
            Description = profile.Description,
            Themes = profile.Themes,
            Offers = profile.Offers,
            Needs = profile.Needs,
            Keywords = profile switch
            {
                ResearcherProfile researcher => researcher.Keywords,
                StartupProfile { Technology: { } technology } => [technology],
                _ => [],
            },
            Place = new Place(profile.Location.Municipality, profile.Location.Province, profile.Location.Region, profile.Location.Country),
            Stage = (profile as StartupProfile)?.Stage,
            Employees = profile switch
            {
                CompanyProfile company => company.Employees,
                StartupProfile startup => startup.TeamSize,
                _ => null,
            },
            Partners = partners,
            PastProjects = partners.Count,
            UpdatedAt = updatedAt,
            Suggestible = profile.Visibility is ActorVisibility.Public or ActorVisibility.Members && !profile.Paused, // never hidden or paused ones
            MembersOnly = profile.Visibility == ActorVisibility.Members,
        };
    }

    // Imported and accepted collaborations with the same partner are one collaboration, not two.
    private static Dictionary<string, int> Partners(string self, IReadOnlyList<ActorRef>? imported, RelationsState? relations)
    {
        var partners = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var partner in imported ?? [])
        {
            Merge(partners, MatchKeys.Of(partner), 1);
        }

        foreach (var collaboration in relations?.Collaborations ?? [])
        {
            Merge(partners, MatchKeys.Of(collaboration.Partner), collaboration.Count);
        }

        partners.Remove(self);
        return partners;
    }

    private static void Merge(Dictionary<string, int> partners, string key, int count) =>
        partners[key] = Math.Max(partners.GetValueOrDefault(key), Math.Max(1, count));
}
