using Matchmaking.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Matchmaking.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class AccessTests(WebFixture web)
{
    private const string Company = "/companies/officine-bresciane-valvole";

    [Fact]
    public async Task A_member_cannot_open_another_actors_edit_page()
    {
        var page = await web.NewPageAsync();
        await WebFixture.SignInAsync(page, "member-visiodefect", "member-demo", "/startups/visiodefect");

        var response = await page.GotoAsync("/researchers/giulio-ferrandi/edit");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Accesso negato");
        Assert.Equal(0, await page.Locator("form #save").CountAsync());
        await WebFixture.ScreenshotAsync(page, "member-forbidden-edit");
    }

    [Fact]
    public async Task A_hidden_profile_is_nowhere_to_be_found_by_anyone_else()
    {
        var owner = await web.NewPageAsync();
        await WebFixture.SignInAsync(owner, "member-obv", "member-demo", Company + "/edit");
        await owner.Locator("#f-visibility-hidden").CheckAsync();
        await WebFixture.SubmitAsync(owner.Locator("#save"), "**" + Company + "?done=saved");
        await Assertions.Expect(owner.Locator("h1")).ToHaveTextAsync("Officine Bresciane Valvole S.r.l.");

        var anonymous = await web.NewPageAsync();
        var member = await web.NewPageAsync();
        await WebFixture.SignInAsync(member, "member-visiodefect", "member-demo", "/startups/visiodefect");
        var coach = await web.NewPageAsync();
        await WebFixture.SignInAsync(coach, "coach-csmt", "coach-demo", "/");
        foreach (var (page, who) in new[] { (anonymous, "anonymous"), (member, "member"), (coach, "coach") })
        {
            var response = await page.GotoAsync(Company);
            Assert.True(response!.Status == 404, $"{who}: the hidden profile answered {response.Status}");
            foreach (var address in new[] { "/directory?q=Bresciane+Valvole", "/themes/predictive-maintenance", "/startups/visiodefect" })
            {
                await page.GotoAsync(address);
                var html = await page.ContentAsync();
                Assert.False(html.Contains("officine-bresciane-valvole", StringComparison.Ordinal), $"{who}: {address} links the hidden profile");
                Assert.False(html.Contains("Officine Bresciane Valvole", StringComparison.Ordinal), $"{who}: {address} names the hidden profile");
            }
        }

        await anonymous.GotoAsync(Company);
        await WebFixture.ScreenshotAsync(anonymous, "hidden-profile-not-found");
    }
}
