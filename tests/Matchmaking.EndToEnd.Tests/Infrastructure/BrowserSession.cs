using System.Net;
using System.Text.RegularExpressions;

namespace Matchmaking.EndToEnd.Tests.Infrastructure;

/// <summary>
/// What a browser holds for the silo: its cookies (the sign-in cookie, the antiforgery cookie), no API key. Signs in
/// through the /signin form and reads the antiforgery token the pages render, as a page's own script would.
/// </summary>
public sealed partial class BrowserSession : IDisposable
{
    private readonly HttpClientHandler handler = new() { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };

    public BrowserSession(Uri baseAddress) => Http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public HttpClient Http { get; }

    /// <summary>Posts the sign-in form (with the token of the sign-in page) and returns the answer (302 when signed in).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password, string? accept = null)
    {
        var token = await TokenAsync("signin");
        using var request = new HttpRequestMessage(HttpMethod.Post, "signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName,
                ["Password"] = password,
                ["ReturnUrl"] = "/",
                ["__RequestVerificationToken"] = token,
            }),
        };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>The antiforgery token rendered in the form of <paramref name="page"/> (for the session as it is now).</summary>
    public async Task<string> TokenAsync(string page)
    {
        var html = await Http.GetStringAsync(page);
        return TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No __RequestVerificationToken on {page}");
    }

    public void Dispose()
    {
        Http.Dispose();
        handler.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex TokenPattern();
}
