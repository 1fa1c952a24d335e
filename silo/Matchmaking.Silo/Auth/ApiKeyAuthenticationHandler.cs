using System.Text.Encodings.Web;
using Matchmaking.Grains.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Matchmaking.Silo.Auth;

/// <summary>
/// The <see cref="ApiKeyDefaults.Scheme"/> scheme: <c>Authorization: Bearer KEY</c>. No header: no result (anonymous);
/// a wrong or revoked key: failure, answered 401 everywhere. Challenges answer 401 and forbids 403, as problem details
/// (never a redirect).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    UserAccounts accounts) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string BearerPrefix = "Bearer ";

    /// <summary>Whether the request carries a bearer key (so the API-key scheme, not the cookie, decides).</summary>
    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var key = Request.Headers.Authorization.ToString()[BearerPrefix.Length..].Trim();
        var user = await accounts.FindByApiKeyAsync(key);
        return user is null
            ? AuthenticateResult.Fail("The API key is not valid: unknown or revoked.")
            : AuthenticateResult.Success(new AuthenticationTicket(accounts.PrincipalFor(user, Scheme.Name), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        AccessProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, HasBearer(Request)
            ? "The API key is not valid: unknown or revoked."
            : AccessProblems.SignInDetail);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        AccessProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Your role does not allow this.");
}
