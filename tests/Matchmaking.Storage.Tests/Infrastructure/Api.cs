using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Matchmaking.Testing;

namespace Matchmaking.Storage.Tests.Infrastructure;

/// <summary>One HTTP answer: status, parsed JSON body (when there is one) and ETag.</summary>
public sealed record Answer(HttpStatusCode Status, JsonNode? Body, string? ETag, string Text)
{
    public int Code => (int)Status;
}

/// <summary>GET requests to a silo process as a given API key (or anonymously), and signing in with a password.</summary>
public static partial class Api
{
    public static async Task<Answer> GetAsync(SiloProcess silo, string path, string? key)
    {
        ArgumentNullException.ThrowIfNull(silo);
        using var http = silo.CreateHttpClient(key);
        using var response = await http.GetAsync(path.TrimStart('/'));
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? body = null;
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true && text.Length > 0)
        {
            body = JsonNode.Parse(text);
        }

        return new Answer(response.StatusCode, body, response.Headers.ETag?.ToString(), text);
    }

    /// <summary>Signs in through the page's form; returns the form post's status and then <c>GET /api/me</c> with the cookie.</summary>
    public static async Task<(int PostStatus, Answer Me)> SignInAsync(SiloProcess silo, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(silo);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var page = await http.GetStringAsync("signin");
        var token = TokenPattern().Match(page) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("No __RequestVerificationToken on /signin");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
            ["ReturnUrl"] = "/",
        });
        using var post = await http.PostAsync("signin", form);
        using var me = await http.GetAsync("api/me");
        var text = await me.Content.ReadAsStringAsync();
        var body = me.IsSuccessStatusCode && text.Length > 0 ? JsonNode.Parse(text) : null;
        return ((int)post.StatusCode, new Answer(me.StatusCode, body, null, text));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex TokenPattern();
}
