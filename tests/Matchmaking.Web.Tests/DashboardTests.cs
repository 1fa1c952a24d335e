using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Matchmaking.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Matchmaking.Web.Tests;

/// <summary>
/// The home page as a hub manager's dashboard: the map's table counts what the directory lists per province, the
/// network's table holds the collaborations among the actors the viewer may see, a partner accepted on a profile
/// page joins the network and leaves the suggestions, and the edit form picks themes by name.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class DashboardTests(WebFixture web)
{
    [Fact]
    public async Task The_map_table_counts_what_the_directory_lists_in_each_province()
    {
        using var anonymous = new HttpClient { BaseAddress = web.BaseAddress };
        var home = await anonymous.GetStringAsync("/?lang=en");
        var rows = Rows(Table(home, "provinces-table"));

        Assert.Equal(12, rows.Count(r => r.Contains("/directory?province=", StringComparison.Ordinal)));
        foreach (var code in new[] { "BS", "CR", "MI" })
        {
            var row = rows.Single(r => r.Contains($"/directory?province={code}\"", StringComparison.Ordinal));
            var cells = Numbers(row);
            var listed = 0;
            foreach (var kinds in new[] { "companies", "startups", "researchers" })
            {
                listed += (int)JsonNode.Parse(await anonymous.GetStringAsync($"/api/{kinds}?province={code}&pageSize=1"))!["total"]!;
            }

            Assert.True(listed > 0, $"the demo has no actor in {code}");
            Assert.Equal(listed, cells[^1]);
            Assert.Equal(cells[0] + cells[1] + cells[2], cells[^1]);
            Assert.Contains($"{code}</text>", home, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_network_shows_the_collaborations_of_visible_actors_only()
    {
        using var admin = Api();
        using var anonymous = new HttpClient { BaseAddress = web.BaseAddress };
        const string company = "/companies/civica-software";
        const string researcher = "/researchers/irene-bodini";
        Assert.Contains(Rows(Table(await anonymous.GetStringAsync("/"), "collaborations-table")), r => Joins(r, company, researcher));

        // Hidden: gone from the anonymous picture and its table, still there for the hub manager.
        var document = JsonNode.Parse(await admin.GetStringAsync("/api" + company))!.AsObject();
        foreach (var stored in new[] { "id", "kind", "version", "updatedAt" })
        {
            document.Remove(stored);
        }

        document["visibility"] = "hidden";
        using (var hidden = await admin.PutAsJsonAsync("/api" + company, document))
        {
            Assert.True(hidden.IsSuccessStatusCode, $"{(int)hidden.StatusCode} {await hidden.Content.ReadAsStringAsync()}");
        }

        try
        {
            var home = await anonymous.GetStringAsync("/");
            Assert.DoesNotContain(company + "\"", home, StringComparison.Ordinal);
            Assert.Contains(researcher + "\"", home, StringComparison.Ordinal);
            using var manager = await web.SignedInClientAsync("admin", "admin-demo");
            Assert.Contains(Rows(Table(await manager.GetStringAsync("/"), "collaborations-table")), r => Joins(r, company, researcher));
        }
        finally
        {
            document["visibility"] = "public";
            using var restored = await admin.PutAsJsonAsync("/api" + company, document);
            Assert.True(restored.IsSuccessStatusCode, $"{(int)restored.StatusCode} {await restored.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task A_partner_accepted_on_a_profile_page_leaves_the_suggestions_and_joins_the_network()
    {
        using var admin = Api();
        using (var created = await admin.PostAsJsonAsync("/api/users", new { id = "member-cobot", name = "Cobot Easy", role = "member", actor = new { kind = "startup", id = "cobot-easy" }, password = "member-demo-cobot" }))
        {
            Assert.True(created.IsSuccessStatusCode, $"{(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        }

        var page = await web.NewPageAsync();
        await WebFixture.SignInAsync(page, "member-cobot", "member-demo-cobot", "/startups/cobot-easy");
        var first = page.Locator("#suggestions .suggestion").First;
        var link = first.Locator("h3 a");
        var partner = await link.GetAttributeAsync("href");
        var name = await link.InnerTextAsync();
        await WebFixture.SubmitAsync(first.GetByRole(AriaRole.Button, new() { Name = "Accetta: " + name }), "**/startups/cobot-easy?done=*");

        Assert.Equal(0, await page.Locator($"#suggestions .suggestion h3 a[href='{partner}']").CountAsync());
        Assert.Equal(1, await page.Locator($"#partners a[href='{partner}']").CountAsync());

        await page.GotoAsync("/");
        var home = await page.ContentAsync();
        Assert.Contains(Rows(Table(home, "collaborations-table")), r => Joins(r, "/startups/cobot-easy", partner!));
        Assert.True(await page.Locator("svg.network a[href='/startups/cobot-easy']").CountAsync() == 1, "the new collaborator is not drawn");
        await WebFixture.ScreenshotAsync(page, "dashboard-member-it-1280");

        var phone = await web.NewPageAsync(phone: true);
        await phone.GotoAsync("/?lang=en");
        await phone.Locator("#map-heading").ScrollIntoViewIfNeededAsync();
        Assert.Contains("Map of Lombardy", await phone.Locator("svg.map").GetAttributeAsync("aria-label") ?? "", StringComparison.Ordinal);
        await WebFixture.ScreenshotAsync(phone, "dashboard-anonymous-en-390");
    }

    [Fact]
    public async Task The_edit_form_picks_themes_by_name_and_saves_exactly_the_ticked_ones()
    {
        using var admin = Api();
        var page = await web.NewPageAsync(phone: true);
        await WebFixture.SignInAsync(page, "admin", "admin-demo", "/startups/robo-pick/edit");

        var before = Themes(await admin.GetStringAsync("/api/startups/robo-pick"));
        Assert.Contains("robotics", before);
        Assert.True(await page.Locator("#f-themes-robotics").IsCheckedAsync());
        Assert.False(await page.Locator("#f-themes-cybersecurity").IsCheckedAsync());

        await page.GetByLabel("Sicurezza informatica").CheckAsync();
        await page.Locator("#f-themes-robotics").UncheckAsync();
        await WebFixture.ScreenshotAsync(page, "theme-picker-it-390");
        await WebFixture.SubmitAsync(page.Locator("#save"), "**/startups/robo-pick?done=saved");

        var after = Themes(await admin.GetStringAsync("/api/startups/robo-pick"));
        Assert.Equal([.. before.Where(t => t != "robotics"), "cybersecurity"], after);
    }

    private static List<string> Themes(string json) => [.. JsonNode.Parse(json)!["themes"]!.AsArray().Select(t => (string)t!)];

    private static bool Joins(string row, string a, string b) =>
        (row.Contains($"href=\"{a}\"", StringComparison.Ordinal) && row.Contains($"href=\"{b}\"", StringComparison.Ordinal));

    private static string Table(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {id}");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static List<string> Rows(string table) => [.. RowPattern().Matches(table).Select(m => m.Value).Where(r => !r.Contains("<th scope=\"col\"", StringComparison.Ordinal))];

    private static List<int> Numbers(string row) => [.. NumberCell().Matches(row).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private HttpClient Api()
    {
        var http = new HttpClient { BaseAddress = web.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WebFixture.AdminKey);
        return http;
    }

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td class=\"num\">(\\d+)</td>")]
    private static partial Regex NumberCell();
}
