using Matchmaking.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Matchmaking.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class CoachWorkspaceTests(WebFixture web)
{
    [Fact]
    public async Task A_coach_signs_in_forms_teams_for_a_theme_and_accepts_one_into_the_portfolio()
    {
        var page = await web.NewPageAsync();
        await WebFixture.SignInAsync(page, "coach-csmt", "coach-demo", "/coach");

        await page.GetByLabel("Tema").SelectOptionAsync("predictive-maintenance");
        await WebFixture.SubmitAsync(page.Locator("#form-teams"), "**/coach?done=formed*");

        var drafts = page.Locator("article.proposal:has(.status[data-status='draft'])");
        Assert.True(await drafts.CountAsync() > 0, "the brief formed no draft");
        var first = drafts.First;
        var id = await first.GetAttributeAsync("id");
        Assert.True(await first.Locator("svg.team circle").CountAsync() >= 2, "the team graph has fewer than two members");
        Assert.True(await first.Locator(".reasons li").CountAsync() > 0, "the proposal shows no reason");

        // The team graph names every member whole (a long name on two lines) and has a legend of the answers.
        var graph = string.Join(" ", await first.Locator("svg.team text").AllTextContentsAsync());
        foreach (var member in await first.Locator("div:has(> svg.team) > ul.plain > li > a").AllInnerTextsAsync())
        {
            Assert.Contains(member, graph, StringComparison.Ordinal);
        }

        Assert.Equal(["Ha accettato", "Ha rifiutato", "In attesa di risposta"], [.. (await first.Locator(".legend > span").AllInnerTextsAsync()).Select(s => s.Trim())]);

        await WebFixture.SubmitAsync(first.GetByRole(AriaRole.Button, new() { Name = "Accogli nel portafoglio" }), "**/coach?done=propose*");

        var accepted = page.Locator($"#{id}");
        Assert.Equal("proposed", await accepted.Locator(".status").GetAttributeAsync("data-status"));
        Assert.Contains("Proposta ai membri", await accepted.Locator(".status").InnerTextAsync(), StringComparison.Ordinal);
        await WebFixture.ScreenshotAsync(page, "coach-accepts-a-proposal");
    }
}
