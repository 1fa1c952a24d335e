namespace Matchmaking.Silo.Auth;

/// <summary>The API-key bearer scheme: <c>Authorization: Bearer KEY</c>.</summary>
public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";

    /// <summary>The policy scheme that picks the API key (a bearer header) or the cookie for each request.</summary>
    public const string Selector = "ApiKeyOrCookie";
}
