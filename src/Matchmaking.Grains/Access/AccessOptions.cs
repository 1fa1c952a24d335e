namespace Matchmaking.Grains.Access;

/// <summary>Sign-in settings (configuration section <c>Auth</c>).</summary>
public sealed class AccessOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// An API key that acts as a hub manager (admin) from the start, for automation (environment
    /// <c>Auth__BootstrapAdminKey</c>). Kept only as its SHA-256 hash in memory, never stored; at least 16 characters.
    /// </summary>
    public string? BootstrapAdminKey { get; set; }
}
