using Matchmaking.Abstractions.Access;
using Matchmaking.Grains.Access;
using Matchmaking.Silo.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Matchmaking.Silo.Auth;

/// <summary>
/// Sign-in wiring: a cookie for pages (login at <c>/signin</c>) and API keys (<c>Authorization: Bearer KEY</c>); a
/// request with a bearer header is judged by its key, any other by its cookie. API requests are never redirected:
/// 401/403 problem details. The policies of <see cref="Policies"/>.
/// </summary>
public static partial class AuthServices
{
    public const string CookieName = "matchmaking.auth";

    public static WebApplicationBuilder AddSiloAuth(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AccessOptions.Section).Get<AccessOptions>() ?? new AccessOptions();
        if (options.BootstrapAdminKey is { } bootstrap && bootstrap.Length > 0 && bootstrap.Trim().Length < 16)
        {
            throw new SettingsException("Auth:BootstrapAdminKey must be at least 16 characters.");
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<UserAccounts>();
        var throttle = builder.Configuration.GetSection(SignInThrottleOptions.Section).Get<SignInThrottleOptions>() ?? new SignInThrottleOptions();
        if (throttle.MaxFailuresPerUser < 1 || throttle.MaxFailuresPerAddress < 1 || throttle.Window <= TimeSpan.Zero)
        {
            throw new SettingsException("Auth:SignIn:MaxFailuresPerUser and MaxFailuresPerAddress must be at least 1, Auth:SignIn:Window longer than zero.");
        }

        builder.Services.AddSingleton(throttle);
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddAuthentication(ApiKeyDefaults.Selector)
            .AddPolicyScheme(ApiKeyDefaults.Selector, "API key or cookie", o => o.ForwardDefaultSelector = context =>
                ApiKeyAuthenticationHandler.HasBearer(context.Request) ? ApiKeyDefaults.Scheme : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.LoginPath = "/signin";
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = context => IsApi(context.Request)
                    ? AccessProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, AccessProblems.SignInDetail)
                    : Redirect(context);
                o.Events.OnRedirectToAccessDenied = context =>
                    AccessProblems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Your role does not allow this.");
                o.Events.OnValidatePrincipal = ValidateAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Coach, p => p.RequireAuthenticatedUser().RequireRole(Roles.Coach, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        return builder;
    }

    /// <summary>
    /// Authentication, then: a bearer key that is wrong or revoked answers 401 on every endpoint (anonymous ones too),
    /// then authorization. Logs a warning at start for each endpoint that declares no requirement.
    /// </summary>
    public static WebApplication UseSiloAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            if (ApiKeyAuthenticationHandler.HasBearer(context.Request) && context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync(ApiKeyDefaults.Scheme);
                return;
            }

            await next(context);
        });
        app.Use(async (context, next) =>
        {
            if (NeedsAntiforgery(context) && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
            {
                await AccessProblems.WriteAntiforgeryAsync(context);
                return;
            }

            await next(context);
        });
        app.UseAuthorization();
        app.Lifetime.ApplicationStarted.Register(() => WarnUndeclared(app));
        return app;
    }

    /// <summary>
    /// An API request that would change something (not GET, HEAD, OPTIONS or TRACE) on the authority of the page
    /// cookie alone: a browser sends that cookie with any request any site makes it send, so such a call must carry the
    /// antiforgery token the pages render (<see cref="AntiforgeryHeader"/>), else it is refused. Calls with an API key
    /// (<c>Authorization: Bearer</c>) and anonymous calls carry no ambient authority and are not affected.
    /// </summary>
    public static bool NeedsAntiforgery(HttpContext context) =>
        IsApi(context.Request)
        && !HttpMethods.IsGet(context.Request.Method)
        && !HttpMethods.IsHead(context.Request.Method)
        && !HttpMethods.IsOptions(context.Request.Method)
        && !HttpMethods.IsTrace(context.Request.Method)
        && !ApiKeyAuthenticationHandler.HasBearer(context.Request)
        && context.User.Identity?.IsAuthenticated == true;

    /// <summary>The request header that carries the antiforgery token for cookie-authenticated API calls.</summary>
    public const string AntiforgeryHeader = "RequestVerificationToken";

    /// <summary>Requests for the API (and the OpenAPI document): answered 401/403, never redirected.</summary>
    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    // A cookie of a user deleted since is refused at its next request.
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var viewer = Viewer.From(context.Principal);
        var accounts = context.HttpContext.RequestServices.GetRequiredService<UserAccounts>();
        var account = viewer.UserId is null ? null : await accounts.FindAsync(viewer.UserId);
        if (account is null || account.Role != viewer.Role || account.Actor != viewer.Actor)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static void WarnUndeclared(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Matchmaking.Silo.Auth");
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var metadata = endpoint.Metadata;
            if (metadata.GetMetadata<IAllowAnonymous>() is null && metadata.GetMetadata<IAuthorizeData>() is null)
            {
                LogUndeclared(logger, endpoint.RoutePattern.RawText ?? endpoint.DisplayName ?? "?");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Endpoint {Route} declares no authorization requirement: add .AllowAnonymous() or .RequireAuthorization(policy)")]
    private static partial void LogUndeclared(ILogger logger, string route);
}
