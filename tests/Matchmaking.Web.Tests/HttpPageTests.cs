using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Matchmaking.Web.Tests.Infrastructure;

namespace Matchmaking.Web.Tests;

/// <summary>What plain HTTP shows more cheaply than a browser: status codes, the lang attribute, encoding, antiforgery.</summary>
[Collection(WebCollection.Name)]
public sealed class HttpPageTests(WebFixture web)
{
    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = web.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    [Theory]
    [InlineData("/")]
    [InlineData("/directory")]
    [InlineData("/directory?kind=researcher&theme=ai&province=BS&q=learning")]
    [InlineData("/companies/valvital-sarezzo")]
    [InlineData("/startups/ispeziona-ai")]
    [InlineData("/researchers/elena-mabellini")]
    [InlineData("/themes/cybersecurity")]
    [InlineData("/calls")]
    [InlineData("/events")]
    [InlineData("/events?kind=course")]
    [InlineData("/events/corso-cybersecurity-pmi")]
    [InlineData("/spaces")]
    [InlineData("/signin")]
    public async Task Pages_answer_200_in_Italian_by_default_and_in_English_when_asked(string address)
    {
        using var http = Client();
        var italian = await http.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, italian.StatusCode);
        Assert.Equal("text/html", italian.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"it\">", await italian.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var english = await http.GetAsync(address + (address.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=en");
        Assert.Contains("<html lang=\"en\">", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_in_a_description_is_shown_as_text()
    {
        using var http = Client();
        using var put = new HttpRequestMessage(HttpMethod.Put, "/api/startups/web-script-test")
        {
            Content = new StringContent(
                """{"name":"Script <b>Test</b>","description":"Hello <script>alert('x')</script> & bye","themes":["ai"],"location":{"province":"CR"}}""",
                Encoding.UTF8,
                "application/json"),
        };
        put.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WebFixture.AdminKey);
        Assert.Equal(HttpStatusCode.Created, (await http.SendAsync(put)).StatusCode);

        var html = await http.GetStringAsync("/startups/web-script-test");
        Assert.Contains("Hello &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; bye", html, StringComparison.Ordinal);
        Assert.Contains("Script &lt;b&gt;Test&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Test", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/signin", "UserName=admin&Password=admin-demo")]
    [InlineData("/signout", "")]
    [InlineData("/coach?handler=brief", "Theme=ai")]
    [InlineData("/startups/visiodefect/edit", "Form.Name=x")]
    [InlineData("/startups/visiodefect?handler=feedback", "targetKind=company&targetId=valvital-sarezzo&decision=decline")]
    public async Task A_form_post_without_its_antiforgery_token_is_refused(string address, string form)
    {
        using var http = Client();
        using var content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded");
        var response = await http.PostAsync(address, content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_pages_answer_a_404_page_and_the_api_keeps_its_problem_details()
    {
        using var http = Client();
        var page = await http.GetAsync("/companies/no-such-company");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);

        var api = await http.GetAsync("/api/companies/no-such-company");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);

        var apiRoute = await http.GetAsync("/api/no-such-route");
        Assert.Equal(HttpStatusCode.NotFound, apiRoute.StatusCode);
        Assert.NotEqual("text/html", apiRoute.Content.Headers.ContentType?.MediaType);

        var protectedApi = await http.GetAsync("/api/coaches/coach-csmt/proposals");
        Assert.Equal(HttpStatusCode.Unauthorized, protectedApi.StatusCode);
        Assert.Null(protectedApi.Headers.Location);
    }

    [Fact]
    public async Task Signed_in_pages_send_the_anonymous_to_the_sign_in_page()
    {
        using var http = Client();
        foreach (var address in new[] { "/coach", "/startups/visiodefect/edit" })
        {
            var response = await http.GetAsync(address);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var css = await http.GetAsync("/site.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
    }
}
