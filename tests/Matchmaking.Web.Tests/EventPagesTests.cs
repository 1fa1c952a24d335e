using Matchmaking.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Matchmaking.Web.Tests;

/// <summary>The events and courses pages in a browser: browse in either language, register, cancel, and manage as a coach.</summary>
[Collection(WebCollection.Name)]
public sealed class EventPagesTests(WebFixture web)
{
    private const string Course = "/events/corso-cybersecurity-pmi";

    [Fact]
    public async Task A_member_registers_for_the_cybersecurity_course_sees_its_seat_then_cancels_and_a_coach_manages_the_course()
    {
        var page = await web.NewPageAsync(phone: true);
        await WebFixture.SignInAsync(page, "member-visiodefect", "member-demo", "/events");
        await Assertions.Expect(page.Locator("#event-corso-cybersecurity-pmi")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#suggested-events")).ToContainTextAsync("Intelligenza artificiale per l'impresa");

        await page.GotoAsync(Course);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Cybersecurity per le PMI manifatturiere");
        await Assertions.Expect(page.Locator("a[href='/spaces#space-officina-liberty']")).ToHaveTextAsync("Officina Liberty");
        await WebFixture.SubmitAsync(page.Locator("#register"), "**/events/corso-cybersecurity-pmi?done=registered");
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("Sei iscritto: hai un posto.");
        await Assertions.Expect(page.Locator("#seats")).ToContainTextAsync("1 su 30");
        await WebFixture.ScreenshotAsync(page, "event-registered");

        // The page in English is English throughout: title, status, seats.
        await page.GotoAsync(Course + "?lang=en");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Cybersecurity for manufacturing SMEs");
        await Assertions.Expect(page.Locator("#my-registration")).ToHaveTextAsync("You are registered: you have a seat.");
        await Assertions.Expect(page.Locator("#seats")).ToContainTextAsync("1 of 30 taken");
        Assert.DoesNotContain("PMI manifatturiere", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // A coach sees who registered and the suggested speakers; the member's registration is there.
        var coach = await web.NewPageAsync();
        await WebFixture.SignInAsync(coach, "coach-csmt", "coach-demo", Course);
        await Assertions.Expect(coach.Locator("#registered")).ToContainTextAsync("startup/visiodefect");
        Assert.True(await coach.Locator("#speakers li").CountAsync() > 0, "no speaker suggested");
        await WebFixture.ScreenshotAsync(coach, "event-manage");

        await WebFixture.SubmitAsync(page.Locator("#unregister"), "**/events/corso-cybersecurity-pmi?done=cancelled");
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("Registration cancelled.");
        await Assertions.Expect(page.Locator("#seats")).ToContainTextAsync("0 of 30 taken");
        await Assertions.Expect(page.Locator("#register")).ToBeVisibleAsync();
    }
}
