using Matchmaking.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Matchmaking.Web.Tests;

/// <summary>A member's digest page in a browser, in Italian and English, and its Atom link.</summary>
[Collection(WebCollection.Name)]
public sealed class DigestPagesTests(WebFixture web)
{
    [Fact]
    public async Task A_member_reads_its_digest_with_new_partners_events_and_the_atom_feed()
    {
        var page = await web.NewPageAsync(phone: true);
        await WebFixture.SignInAsync(page, "member-visiodefect", "member-demo", "/digest");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Riepilogo settimanale");
        Assert.True(await page.Locator("#digest-suggestions li").CountAsync() > 0, "no partner in the digest");
        await Assertions.Expect(page.Locator("#digest-suggestions .tag").First).ToHaveTextAsync("nuovo");
        Assert.True(await page.Locator("#digest-events li").CountAsync() > 0, "no event in the digest");
        await WebFixture.ScreenshotAsync(page, "digest-phone");

        await page.GotoAsync("/digest?lang=en");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Weekly digest");
        await Assertions.Expect(page.Locator("#digest-suggestions .tag").First).ToHaveTextAsync("new");
        var feed = await page.APIRequest.GetAsync(await page.Locator("#digest-atom").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, feed.Status);
        Assert.Contains("<feed", await feed.TextAsync(), StringComparison.Ordinal);

        var desktop = await web.NewPageAsync();
        await WebFixture.SignInAsync(desktop, "member-visiodefect", "member-demo", "/digest?lang=en");
        await Assertions.Expect(desktop.Locator("h1")).ToHaveTextAsync("Weekly digest");
        await WebFixture.ScreenshotAsync(desktop, "digest-desktop-en");

        var coach = await web.NewPageAsync();
        await WebFixture.SignInAsync(coach, "coach-csmt", "coach-demo", "/");
        Assert.Equal(404, (await coach.GotoAsync("/digest"))!.Status);
    }
}
