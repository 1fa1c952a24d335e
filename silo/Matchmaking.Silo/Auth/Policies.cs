namespace Matchmaking.Silo.Auth;

/// <summary>
/// The authorization policies endpoints require (<c>.RequireAuthorization(Policies.Admin)</c>). Each accepts a
/// signed-in cookie (pages) or an API key (<c>Authorization: Bearer KEY</c>).
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user: admin, coach or member.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>A coach or an admin.</summary>
    public const string Coach = "coach";

    /// <summary>A hub manager.</summary>
    public const string Admin = "admin";
}
