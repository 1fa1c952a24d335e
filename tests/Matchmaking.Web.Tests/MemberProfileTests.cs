using Matchmaking.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Matchmaking.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class MemberProfileTests(WebFixture web)
{
    [Fact]
    public async Task A_startup_member_sees_a_field_error_that_saves_nothing_then_saves_and_sees_its_suggestions_with_reasons()
    {
        var page = await web.NewPageAsync(phone: true);
        await WebFixture.SignInAsync(page, "member-visiodefect", "member-demo", "/startups/visiodefect/edit");

        // A bad value: the field error is shown next to its field, and nothing is saved (not even the good fields).
        await page.GetByLabel("Tecnologia").FillAsync("this must not be saved");
        await page.GetByLabel("Anno di fondazione").FillAsync("1800");
        var rejected = await page.RunAndWaitForResponseAsync(
            () => page.Locator("#save").ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.Equal(400, rejected.Status);
        await Assertions.Expect(page.Locator("#f-foundingYear-error")).ToBeVisibleAsync();
        Assert.Equal("true", await page.GetByLabel("Anno di fondazione").GetAttributeAsync("aria-invalid"));
        await WebFixture.ScreenshotAsync(page, "member-field-error");

        await page.GotoAsync("/startups/visiodefect");
        Assert.DoesNotContain("this must not be saved", await page.ContentAsync(), StringComparison.Ordinal);

        // A good edit is saved and shown.
        await page.GotoAsync("/startups/visiodefect/edit");
        await page.GetByLabel("Tecnologia").FillAsync("edge AI inspection, second generation");
        await WebFixture.SubmitAsync(page.Locator("#save"), "**/startups/visiodefect?done=saved");
        await Assertions.Expect(page.GetByText("edge AI inspection, second generation")).ToBeVisibleAsync();

        // Its suggestions, each with a bar per reason and the evidence.
        var suggestions = page.Locator("#suggestions .suggestion");
        Assert.True(await suggestions.CountAsync() > 0, "no suggestion shown");
        var reasons = suggestions.First.Locator(".reasons li");
        Assert.True(await reasons.CountAsync() > 0, "the first suggestion has no reason");
        Assert.Equal(await reasons.CountAsync(), await suggestions.First.Locator(".reasons [role=meter]").CountAsync());
        Assert.False(string.IsNullOrWhiteSpace(await reasons.First.Locator(".evidence").InnerTextAsync()));
        await suggestions.First.ScrollIntoViewIfNeededAsync();
        await WebFixture.ScreenshotAsync(page, "member-suggestions");
    }
}
