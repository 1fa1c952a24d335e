namespace Matchmaking.Grains;

/// <summary>Names of the grain storages and states the grains use.</summary>
public static class StorageNames
{
    /// <summary>The storage provider that keeps actor profiles.</summary>
    public const string Profiles = "profiles";

    /// <summary>The state name of a profile grain's profile.</summary>
    public const string ProfileState = "profile";

    /// <summary>The state name of a profile grain's feedback and collaborations (kept apart so profile writes never touch them).</summary>
    public const string RelationsState = "relations";

    /// <summary>The state name of a funding call grain.</summary>
    public const string CallState = "call";

    /// <summary>The state name of a proposal grain.</summary>
    public const string ProposalState = "proposal";

    /// <summary>The state name of a coach grain's portfolio.</summary>
    public const string PortfolioState = "portfolio";
}
