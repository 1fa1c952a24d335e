using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;

namespace Matchmaking.EndToEnd.Tests.Security;

/// <summary>
/// A state-changing API call on the authority of the page cookie alone is refused (cross-site request forgery):
/// it needs the pages' antiforgery token. API keys, anonymous calls and reads are not affected; the pages' own
/// forms keep working.
/// </summary>
public sealed class CookieApiCallsTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    private const string Password = "cookie-member-password";

    [Fact]
    public async Task A_cookie_only_write_without_the_token_is_refused_and_changes_nothing_with_the_token_it_works()
    {
        var (id, member) = await MemberAsync();
        using var browser = new BrowserSession(fixture.Silo.BaseAddress);
        var anonymousToken = await browser.TokenAsync("signin");
        Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync(member, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("api/me")).StatusCode);

        var changed = Documents.Company("Nome cambiato da un altro sito");
        using var forged = await browser.Http.PutAsJsonAsync($"api/companies/{id}", changed);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
        var problem = await forged.ReadObjectAsync();
        Assert.Equal(403, (int)problem["status"]!);
        Assert.Contains("antiforgery", (string)problem["title"]!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("RequestVerificationToken", (string)problem["detail"]!, StringComparison.Ordinal);

        // Every state-changing verb is covered, not only PUT.
        using var delete = await browser.Http.DeleteAsync($"api/companies/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        using var feedback = await browser.Http.PostAsync($"api/companies/{id}/feedback",
            Documents.Json("""{"target":{"kind":"startup","id":"nessuna"},"decision":"decline"}"""));
        Assert.Equal(HttpStatusCode.Forbidden, feedback.StatusCode);

        // A token of another session (the anonymous one, before signing in) does not do either.
        using var stale = new HttpRequestMessage(HttpMethod.Put, $"api/companies/{id}") { Content = JsonContent.Create(changed) };
        stale.Headers.Add("RequestVerificationToken", anonymousToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.Http.SendAsync(stale)).StatusCode);
        Assert.Equal("Officine Test Srl", await NameAsync(id));

        // With the token the signed-in pages render, the same call is the member's own write.
        var token = await browser.TokenAsync("signout");
        using var honest = new HttpRequestMessage(HttpMethod.Put, $"api/companies/{id}") { Content = JsonContent.Create(changed) };
        honest.Headers.Add("RequestVerificationToken", token);
        using var written = await browser.Http.SendAsync(honest);
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        Assert.Equal("Nome cambiato da un altro sito", await NameAsync(id));
    }

    [Fact]
    public async Task Api_keys_anonymous_calls_and_reads_need_no_token()
    {
        var (id, member) = await MemberAsync();
        using (var keyed = await fixture.Http.PutAsJsonAsync($"api/companies/{id}", Documents.Company("Scritto con la chiave")))
        {
            Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
        }

        using (var brief = await fixture.Anonymous.PostAsync("api/suggestions", Documents.Json("""{"brief":"manutenzione predittiva per presse"}""")))
        {
            Assert.Equal(HttpStatusCode.OK, brief.StatusCode);
        }

        // A bearer key decides alone even beside a sign-in cookie.
        using var browser = new BrowserSession(fixture.Silo.BaseAddress);
        Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync(member, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync($"api/companies/{id}/relations")).StatusCode);
        using var both = new HttpRequestMessage(HttpMethod.Put, $"api/companies/{id}") { Content = JsonContent.Create(Documents.Company("Chiave e cookie")) };
        both.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Silo.AdminKey);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.SendAsync(both)).StatusCode);
        Assert.Equal("Chiave e cookie", await NameAsync(id));
    }

    [Fact]
    public async Task The_pages_own_forms_still_work_with_the_cookie()
    {
        var (id, member) = await MemberAsync();
        using var browser = new BrowserSession(fixture.Silo.BaseAddress);
        Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync(member, Password)).StatusCode);
        var token = await browser.TokenAsync($"companies/{id}/edit");
        var version = (string)(await (await fixture.Http.GetAsync($"api/companies/{id}")).ReadObjectAsync())["version"]!;

        using var save = await browser.Http.PostAsync($"companies/{id}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.Version"] = version,
            ["Form.Name"] = "Salvato dal modulo",
            ["Form.Themes"] = "industrial-iot",
            ["Form.Province"] = "BS",
        }));
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Equal("Salvato dal modulo", await NameAsync(id));

        using var signOut = await browser.Http.PostAsync("signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await browser.TokenAsync("signout"),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync("api/me")).StatusCode);
    }

    private async Task<(string Id, string Member)> MemberAsync()
    {
        var id = Documents.NewId("cookie-co");
        using (var put = await fixture.Http.PutAsJsonAsync($"api/companies/{id}", Documents.Company()))
        {
            put.EnsureSuccessStatusCode();
        }

        var user = await fixture.CreateUserAsync("member", $"company/{id}", Password);
        return (id, user.Id);
    }

    private async Task<string> NameAsync(string id) =>
        (string)(await (await fixture.Http.GetAsync($"api/companies/{id}")).ReadObjectAsync())["name"]!;
}
