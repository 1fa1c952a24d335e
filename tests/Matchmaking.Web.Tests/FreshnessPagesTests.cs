using Matchmaking.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Matchmaking.Web.Tests;

/// <summary>The demo silo with profiles that go stale 8 s after they are written (and expire an hour later).</summary>
public sealed class AgingWebFixture : WebFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Freshness__StaleAfter"] = "00:00:08",
        ["Freshness__Grace"] = "01:00:00",
    };
}

/// <summary>Stale profiles in a browser: the hub manager's list, and a member confirming its profile from its page.</summary>
public sealed class FreshnessPagesTests(AgingWebFixture web) : IClassFixture<AgingWebFixture>
{
    [Fact]
    public async Task The_hub_manager_sees_the_stale_profiles_and_a_member_confirms_its_own_which_leaves_the_list()
    {
        await Task.Delay(TimeSpan.FromSeconds(9)); // the demo profiles, written at start, are stale by now
        var manager = await web.NewPageAsync();
        await WebFixture.SignInAsync(manager, "admin", "admin-demo", "/stale");
        await Assertions.Expect(manager.Locator("#stale-startup-visiodefect")).ToContainTextAsync("da confermare");
        await WebFixture.ScreenshotAsync(manager, "stale-profiles");
        var managerPhone = await web.NewPageAsync(phone: true);
        await WebFixture.SignInAsync(managerPhone, "admin", "admin-demo", "/stale?lang=en");
        await Assertions.Expect(managerPhone.Locator("h1")).ToHaveTextAsync("Profiles to confirm");
        await WebFixture.ScreenshotAsync(managerPhone, "stale-profiles-phone-en");

        var member = await web.NewPageAsync(phone: true);
        await WebFixture.SignInAsync(member, "member-visiodefect", "member-demo", "/startups/visiodefect?lang=en");
        await Assertions.Expect(member.Locator("#profile-aging")).ToContainTextAsync("it is suggested lower");
        await WebFixture.ScreenshotAsync(member, "stale-own-profile");
        await WebFixture.SubmitAsync(member.Locator("#confirm-profile"), "**/startups/visiodefect?done=confirmed");
        await Assertions.Expect(member.Locator(".notice")).ToContainTextAsync("Profile confirmed");
        Assert.Equal(0, await member.Locator("#profile-aging").CountAsync());

        await manager.ReloadAsync();
        Assert.Equal(0, await manager.Locator("#stale-startup-visiodefect").CountAsync());
        await Assertions.Expect(manager.Locator("#stale-company-officine-bresciane-valvole")).ToBeVisibleAsync();

        var other = await web.NewPageAsync();
        await WebFixture.SignInAsync(other, "member-obv", "member-demo", "/");
        var refused = await other.GotoAsync("/stale");
        Assert.Equal(403, refused!.Status);
        Assert.Equal(0, await other.Locator("#stale-profiles").CountAsync());
    }
}
