using Matchmaking.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Matchmaking.Web.Tests;

/// <summary>The co-working spaces page in a browser: the public list, a startup's nearby spaces, the hub manager accrediting.</summary>
[Collection(WebCollection.Name)]
public sealed class SpacePagesTests(WebFixture web)
{
    [Fact]
    public async Task The_hub_manager_accredits_the_pending_space_and_the_public_then_sees_it_while_a_startup_sees_spaces_near_it()
    {
        var anonymous = await web.NewPageAsync(phone: true);
        await anonymous.GotoAsync("/spaces?lang=en");
        await Assertions.Expect(anonymous.Locator("#space-officina-liberty")).ToContainTextAsync("12 free of 60");
        await Assertions.Expect(anonymous.Locator("#programme-voucher-coworking-milano")).ToContainTextAsync("people up to 35 years old, startups");
        Assert.Equal(0, await anonymous.Locator("#space-spazio-comune-crema").CountAsync());
        Assert.Equal(0, await anonymous.Locator("form").Filter(new() { HasText = "Accredit" }).CountAsync());
        Assert.DoesNotContain("postazioni", await anonymous.Locator("main").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);

        var member = await web.NewPageAsync();
        await WebFixture.SignInAsync(member, "member-visiodefect", "member-demo", "/spaces");
        await Assertions.Expect(member.Locator("#near-spaces li").First).ToContainTextAsync("Polo Tecnologico di Cremona");
        await Assertions.Expect(member.Locator("#near-spaces")).ToContainTextAsync("A Cremona, nello stesso comune.");

        var manager = await web.NewPageAsync();
        await WebFixture.SignInAsync(manager, "admin", "admin-demo", "/spaces");
        await Assertions.Expect(manager.Locator("#space-spazio-comune-crema")).ToContainTextAsync("in attesa di accreditamento");
        await WebFixture.SubmitAsync(manager.Locator("#space-spazio-comune-crema button"), "**/spaces?done=accredited#space-spazio-comune-crema");
        await Assertions.Expect(manager.Locator(".notice")).ToHaveTextAsync("Spazio accreditato.");
        await Assertions.Expect(manager.Locator("#space-spazio-comune-crema")).ToContainTextAsync("accreditato dal");
        await Assertions.Expect(manager.Locator("#programme-voucher-coworking-milano a[download]")).ToBeVisibleAsync();
        await WebFixture.ScreenshotAsync(manager, "spaces-manager");
        await WebFixture.ScreenshotAsync(anonymous, "spaces-phone-en");

        await anonymous.ReloadAsync();
        await Assertions.Expect(anonymous.Locator("#space-spazio-comune-crema")).ToContainTextAsync("accredited since");

        await WebFixture.SubmitAsync(manager.Locator("#space-spazio-comune-crema button"), "**/spaces?done=withdrawn#space-spazio-comune-crema");
        await Assertions.Expect(manager.Locator("#space-spazio-comune-crema")).ToContainTextAsync("accreditamento ritirato");
    }
}
