using Matchmaking.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Matchmaking.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class LanguageTests(WebFixture web)
{
    [Fact]
    public async Task The_language_switch_changes_the_pages_text_and_is_remembered()
    {
        var page = await web.NewPageAsync(phone: true);
        await page.GotoAsync("/");
        Assert.Equal("it", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("L'ecosistema in breve");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("The ecosystem at a glance");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await WebFixture.ScreenshotAsync(page, "language-english-home");

        // Remembered on the next page; the skip link and the labels follow the language too.
        await page.GotoAsync("/directory");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Directory of actors");
        await Assertions.Expect(page.GetByLabel("Province")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("a.skip")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("a.skip")).ToHaveTextAsync("Skip to content");

        await page.GetByRole(AriaRole.Link, new() { Name = "Italiano" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Elenco degli attori");
    }
}
