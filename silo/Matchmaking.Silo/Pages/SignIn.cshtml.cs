using Matchmaking.Grains.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Silo.Pages;

/// <summary><c>/signin</c>: user name and password, then the sign-in cookie and back to where the user was.</summary>
public sealed class SignInModel(UserAccounts accounts) : SitePage
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
            if (await accounts.VerifyPasswordAsync(UserName!, Password!) is { } account)
            {
                await HttpContext.SignInAsync(
                    CookieAuthenticationDefaults.AuthenticationScheme,
                    accounts.PrincipalFor(account, CookieAuthenticationDefaults.AuthenticationScheme));
                return LocalRedirect(PageLinks.SafeReturn(ReturnUrl));
            }

            Failure = T.BadCredentials;
        }

        Password = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
