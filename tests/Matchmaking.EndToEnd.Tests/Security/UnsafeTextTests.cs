using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Api;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using Matchmaking.Testing;
using CommandLine = Matchmaking.Cli.Cli;

namespace Matchmaking.EndToEnd.Tests.Security;

/// <summary>
/// Control characters (C0, C1, NUL) and bidirectional overrides and isolates are refused in names, titles and other
/// texts with a 400 naming the field, and nothing is stored: through the API, the pages' edit form and the CLI import.
/// </summary>
public sealed class UnsafeTextTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    public static TheoryData<string, string> Unsafe => new()
    {
        { "NUL", "\u0000" },
        { "BEL", "\u0007" },
        { "TAB", "\t" },
        { "LF", "\n" },
        { "DEL", "\u007F" },
        { "C1 NEL", "\u0085" },
        { "C1 CSI", "\u009B" },
        { "LRE", "\u202A" },
        { "RLO", "\u202E" },
        { "LRI", "\u2066" },
        { "PDI", "\u2069" },
    };

    [Theory]
    [MemberData(nameof(Unsafe))]
    public async Task A_name_with_it_is_refused_naming_the_field_and_nothing_is_stored(string what, string character)
    {
        var id = Documents.NewId("unsafe");
        var document = Documents.Company($"Acme{character}Srl");

        using var put = await fixture.Http.PutAsJsonAsync($"api/companies/{id}", document);

        Assert.True(put.StatusCode == HttpStatusCode.BadRequest, $"{what}: {put.StatusCode}");
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
        var message = (string)(await put.ReadObjectAsync())["errors"]!["name"]![0]!;
        Assert.Contains($"U+{(int)character[0]:X4}", message, StringComparison.Ordinal);
        Assert.Contains("position 5", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Http.GetAsync($"api/companies/{id}")).StatusCode);
    }

    [Fact]
    public async Task Every_text_field_is_checked_and_all_of_them_are_reported_at_once()
    {
        var id = Documents.NewId("unsafe");
        var document = Documents.Researcher();
        document["offers"] = new JsonArray("ok", "manutenzione\u0000predittiva");
        document["needs"] = new JsonArray("\u202Edati");
        document["location"]!["municipality"] = "Bre\u2067scia";
        document["lab"] = "Lab\u0008";
        document["keywords"] = new JsonArray("visione", "a\u202Bb");
        document["description"] = "Due righe:\nla seconda\u202E rovesciata.";

        using var put = await fixture.Http.PutAsJsonAsync($"api/researchers/{id}", document);

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var errors = (await put.ReadObjectAsync())["errors"]!.AsObject();
        Assert.Equal(
            ["description", "keywords[1]", "lab", "location.municipality", "needs[0]", "offers[1]"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Http.GetAsync($"api/researchers/{id}")).StatusCode);
    }

    [Fact]
    public async Task Line_breaks_and_tabs_stay_allowed_where_text_may_span_lines_and_other_scripts_are_untouched()
    {
        var id = Documents.NewId("safe");
        var document = Documents.Company("Società «Über» — 東京 עברית");
        document["description"] = "Prima riga\r\nseconda\triga";

        using var put = await fixture.Http.PutAsJsonAsync($"api/companies/{id}", document);

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var stored = await put.ReadObjectAsync();
        Assert.Equal("Società «Über» — 東京 עברית", (string?)stored["name"]);
        Assert.Equal("Prima riga\r\nseconda\triga", (string?)stored["description"]);
    }

    [Fact]
    public async Task Call_titles_user_names_and_reasons_are_checked_too()
    {
        var call = CallsApiTests.CallJson("2026-01-01", "2030-12-31");
        call["title"] = "Bando \u202Eoilgim";
        call["publisher"] = "Regione\u0000Lombardia";
        var callId = Documents.NewId("unsafe-call");
        using var putCall = await fixture.Http.PutAsync($"api/calls/{callId}", Documents.Json(call.ToJsonString()));
        Assert.Equal(HttpStatusCode.BadRequest, putCall.StatusCode);
        var callErrors = (await putCall.ReadObjectAsync())["errors"]!.AsObject();
        Assert.True(callErrors.ContainsKey("title") && callErrors.ContainsKey("publisher"), callErrors.ToJsonString());
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Http.GetAsync($"api/calls/{callId}")).StatusCode);

        var userId = Documents.NewId("unsafe-user");
        using var putUser = await fixture.Http.PostAsJsonAsync("api/users", new JsonObject { ["id"] = userId, ["name"] = "Coach\u2066 X", ["role"] = "coach" });
        Assert.Equal(HttpStatusCode.BadRequest, putUser.StatusCode);
        Assert.NotNull((await putUser.ReadObjectAsync())["errors"]!["name"]);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Http.GetAsync($"api/users/{userId}")).StatusCode);

        var a = Documents.NewId("unsafe-a");
        var b = Documents.NewId("unsafe-b");
        (await fixture.Http.PutAsJsonAsync($"api/companies/{a}", Documents.Company())).EnsureSuccessStatusCode();
        (await fixture.Http.PutAsJsonAsync($"api/startups/{b}", Documents.Startup())).EnsureSuccessStatusCode();
        using var feedback = await fixture.Http.PostAsync($"api/companies/{a}/feedback",
            Documents.Json($$"""{"target":{"kind":"startup","id":"{{b}}"},"decision":"decline","reason":"no\u0000"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, feedback.StatusCode);
        Assert.NotNull((await feedback.ReadObjectAsync())["errors"]!["reason"]);
        var relations = await (await fixture.Http.GetAsync($"api/companies/{a}/relations")).ReadObjectAsync();
        Assert.Empty(relations["declined"]!.AsArray());
    }

    [Fact]
    public async Task The_pages_edit_form_refuses_it_with_the_fields_error_and_keeps_the_profile()
    {
        var id = Documents.NewId("unsafe-page");
        (await fixture.Http.PutAsJsonAsync($"api/companies/{id}", Documents.Company())).EnsureSuccessStatusCode();
        var member = await fixture.CreateUserAsync("member", $"company/{id}", "member-password");
        using var browser = new BrowserSession(fixture.Silo.BaseAddress);
        Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync(member.Id, "member-password")).StatusCode);
        var token = await browser.TokenAsync($"companies/{id}/edit");
        var version = (string)(await (await fixture.Http.GetAsync($"api/companies/{id}")).ReadObjectAsync())["version"]!;

        using var save = await browser.Http.PostAsync($"companies/{id}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.Version"] = version,
            ["Form.Name"] = "Officine \u202Eetset",
            ["Form.Themes"] = "industrial-iot",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        var html = WebUtility.HtmlDecode(await save.Content.ReadAsStringAsync());
        Assert.Matches("id=\"f-name-error\"[^>]*>[^<]*U\\+202E", html);
        var stored = await (await fixture.Http.GetAsync($"api/companies/{id}")).ReadObjectAsync();
        Assert.Equal("Officine Test Srl", (string?)stored["name"]);
        Assert.Equal(version, (string?)stored["version"]);
    }

    [Fact]
    public async Task The_cli_import_reports_the_row_and_imports_the_others()
    {
        using var folder = new TempDirectory();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var csv = folder.Combine("actors.csv");
        await File.WriteAllTextAsync(csv, $"id,kind,name,themes\nbuona-{tag},company,Buona,industrial-iot\nrovescia-{tag},company,\"Rovescia\u202E\",industrial-iot\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CommandLine.RunAsync(["--url", fixture.Silo.BaseAddress.ToString(), "--key", fixture.Silo.AdminKey, "import", csv], output, error);

        Assert.Equal(3, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("created 1, updated 0, unchanged 0, failed 1", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"row 3 (rovescia-{tag}): name: Contains the bidirectional formatting character U+202E", lines[1], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Http.GetAsync($"api/companies/rovescia-{tag}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Http.GetAsync($"api/companies/buona-{tag}")).StatusCode);
    }
}
