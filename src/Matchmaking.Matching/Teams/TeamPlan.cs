using Matchmaking.Matching.Profiles;

namespace Matchmaking.Matching.Teams;

/// <summary>
/// The slots of a brief's teams: the members every team has (the anchor, then included actors, each in the role its
/// kind fills), the required roles they leave open, and the optional roles still worth filling.
/// </summary>
internal sealed record TeamPlan(
    IReadOnlyList<(string Key, TeamRole Role)> Fixed,
    IReadOnlyList<TeamRole> Open,
    IReadOnlyList<TeamRole> Optional)
{
    public static TeamPlan Of(TeamBrief brief, Func<string, ActorType?> typeOf)
    {
        var keys = new List<string>();
        if (!string.IsNullOrWhiteSpace(brief.AnchorKey))
        {
            keys.Add(brief.AnchorKey);
        }

        keys.AddRange(brief.Include.Where(k => k != brief.AnchorKey).Order(StringComparer.Ordinal));
        var open = brief.Required.Where(r => !brief.ExcludedRoles.Contains(r)).ToList();
        var optional = brief.Optional.Where(r => !brief.ExcludedRoles.Contains(r) && !brief.Required.Contains(r)).Distinct().ToList();
        var fixedMembers = new List<(string, TeamRole)>();
        foreach (var key in keys)
        {
            var type = typeOf(key) ?? ActorType.Other;
            var filled = open.FindIndex(r => Fills(type, r));
            if (filled >= 0)
            {
                fixedMembers.Add((key, open[filled]));
                open.RemoveAt(filled);
                continue;
            }

            var role = RoleOf(type, brief) ?? TeamRole.Company;
            optional.Remove(role);
            fixedMembers.Add((key, role));
        }

        return new TeamPlan(fixedMembers, open, optional);
    }

    /// <summary>The role an actor of this kind fills in the brief's teams: a required one, else an optional one, else its natural one.</summary>
    public static TeamRole? RoleOf(ActorType type, TeamBrief brief)
    {
        var fitting = TeamRoles.All.Where(r => Fills(type, r)).ToList();
        foreach (var roles in new[] { brief.Required, brief.Optional })
        {
            foreach (var role in fitting)
            {
                if (roles.Contains(role))
                {
                    return role;
                }
            }
        }

        return fitting.Count > 0 ? fitting[0] : null;
    }

    /// <summary>Members a team needs at least: the fixed ones plus the required roles they leave open.</summary>
    public static int SizeNeeded(TeamBrief brief, IReadOnlyList<ActorType> fixedTypes)
    {
        var open = brief.Required.ToList();
        foreach (var type in fixedTypes)
        {
            var filled = open.FindIndex(r => Fills(type, r));
            if (filled >= 0)
            {
                open.RemoveAt(filled);
            }
        }

        return fixedTypes.Count + open.Count;
    }

    /// <summary>Whether an actor of this kind can take the role (public bodies and other kinds adopt, as a company would).</summary>
    public static bool Fills(ActorType type, TeamRole role) =>
        role.Types().Contains(type) || (type == ActorType.Other && role == TeamRole.Company);
}
