using Matchmaking.Matching.Profiles;

namespace Matchmaking.Matching.Teams;

/// <summary>A place in a proposed team. Each role is filled by actors of some kinds.</summary>
public enum TeamRole
{
    /// <summary>The company that adopts the innovation (impresa).</summary>
    Company,

    /// <summary>The scientific partner: a researcher or research organisation.</summary>
    Research,

    /// <summary>An innovative startup bringing its technology.</summary>
    Startup,

    /// <summary>A technology supplier: a startup or a company offering the technology.</summary>
    Supplier,
}

/// <summary>Names and kinds of <see cref="TeamRole"/>s.</summary>
public static class TeamRoles
{
    public static IReadOnlyList<TeamRole> All { get; } = Enum.GetValues<TeamRole>();

    /// <summary>The wire name: company, research, startup, supplier.</summary>
    public static string Name(this TeamRole role) => role.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out TeamRole role)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name(), name, StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>The kinds of actor that can fill the role.</summary>
    public static IReadOnlySet<ActorType> Types(this TeamRole role) => role switch
    {
        TeamRole.Company => new HashSet<ActorType> { ActorType.Company },
        TeamRole.Research => new HashSet<ActorType> { ActorType.Researcher },
        TeamRole.Startup => new HashSet<ActorType> { ActorType.Startup },
        _ => new HashSet<ActorType> { ActorType.Startup, ActorType.Company },
    };
}
