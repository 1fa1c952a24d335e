using Matchmaking.Grains.Access;
using Matchmaking.Silo.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Silo.Pages;

/// <summary><c>/signin</c>: user name and password, then the sign-in cookie and back to where the user was.</summary>
public sealed class SignInModel(UserAccounts accounts, SignInThrottle throttle) : SitePage
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? UserNameError { get; private set; }

    public string? PasswordError { get; private set; }

    public string? Failure { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        UserNameError = string.IsNullOrWhiteSpace(UserName) ? T.Required : null;
        PasswordError = string.IsNullOrEmpty(Password) ? T.Required : null;
        if (UserNameError is null && PasswordError is null)
        {
            // Locked after too many wrong passwords for this user name or from this address: the password is not
            // even checked, so the right one is refused too until the window has passed.
            var address = HttpContext.Connection.RemoteIpAddress;
            if (throttle.RetryAfter(UserName, address) is { } wait)
            {
                return await TooManyAttemptsAsync(wait);
            }

            if (await accounts.VerifyPasswordAsync(UserName!, Password!) is { } account)
            {
                throttle.Succeeded(UserName);
                await HttpContext.SignInAsync(
                    CookieAuthenticationDefaults.AuthenticationScheme,
                    accounts.PrincipalFor(account, CookieAuthenticationDefaults.AuthenticationScheme));
                return LocalRedirect(PageLinks.SafeReturn(ReturnUrl));
            }

            throttle.Failed(UserName, address);
            Failure = T.BadCredentials;
        }

        Password = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    // 429 with Retry-After (whole seconds): the page with the message for a browser, problem details for a client
    // that asks for JSON.
    private async Task<IActionResult> TooManyAttemptsAsync(TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Password = null;
        Failure = T.TooManyAttempts(minutes);
        if (Request.Headers.Accept.ToString().Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            var problems = HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = HttpContext,
                ProblemDetails =
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = T.TooManyAttemptsTitle,
                    Detail = Failure,
                },
            });
            return new EmptyResult();
        }

        return Page();
    }
}
