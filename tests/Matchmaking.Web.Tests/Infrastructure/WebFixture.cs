using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Matchmaking.Silo.Pages;
using Matchmaking.Testing;
using Microsoft.Playwright;

namespace Matchmaking.Web.Tests.Infrastructure;

/// <summary>
/// The real silo with the demo ecosystem (and its demo users) on a fresh SQLite file, and one headless Debian
/// chromium driven by Playwright, shared by the classes of <see cref="WebCollection"/>.
/// </summary>
public partial class WebFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium (<c>.ci/run</c> installs it); no <c>playwright install</c> is needed.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    public const string AdminKey = "web-tests-admin-key-0123456789";

    private readonly string folder = Directory.CreateTempSubdirectory("matchmaking-web-").FullName;
    private IPlaywright? playwright;

    public SiloProcess Silo { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress => Silo.BaseAddress;

    /// <summary>Screenshots land here, under the test output: <c>screenshots/&lt;test&gt;.png</c>.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Settings of the silo beyond the demo defaults (a subclass's).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (`apt-get install -y chromium`, as .ci/run does).");
        }

        Directory.CreateDirectory(ScreenshotFolder);
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__ConnectionString"] = $"Data Source={Path.Combine(folder, "silo.db")}",
            ["Demo__Enabled"] = "true",
            ["Auth__BootstrapAdminKey"] = AdminKey,
        };
        foreach (var (name, value) in Settings)
        {
            environment[name] = value;
        }

        var silo = SiloProcess.StartAsync(environment);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        Silo = await silo;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (Silo is not null)
        {
            await Silo.DisposeAsync();
        }

        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A fresh browser context (its own cookies) at phone or desktop width, with the silo as base address.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var navigations = Navigations.GetOrCreateValue(page);
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Frame == page.MainFrame)
            {
                navigations.Enqueue($"{response.Request.Method} {new Uri(response.Url).PathAndQuery} → {response.Status}");
            }
        };
        return page;
    }

    /// <summary>The main frame's last navigations of a page made by <see cref="NewPageAsync"/> ("POST /signin → 400").</summary>
    private static readonly ConditionalWeakTable<IPage, ConcurrentQueue<string>> Navigations = new();

    /// <summary>Signs in through the /signin form and waits for the page it returns to.</summary>
    public static async Task SignInAsync(IPage page, string user, string password, string returnUrl = "/")
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/signin?returnUrl=" + WebUtility.UrlEncode(returnUrl));
        await page.GetByLabel("Nome utente").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(password);
        try
        {
            var arrival = page.WaitForURLAsync(url => new Uri(url).PathAndQuery.StartsWith(returnUrl, StringComparison.Ordinal), Committed);
            await ArriveAsync(page, () => page.Locator("#signin").ClickAsync(), arrival);
        }
        catch (TimeoutException timeout)
        {
            throw await StrandedAsync(page, $"sign-in of {user} did not reach {returnUrl}", timeout);
        }
    }

    /// <summary>Clicks a form's button and waits for the page the form's answer leads to (a URL glob).</summary>
    public static async Task SubmitAsync(ILocator button, string urlGlob)
    {
        ArgumentNullException.ThrowIfNull(button);
        try
        {
            await ArriveAsync(button.Page, () => button.ClickAsync(), button.Page.WaitForURLAsync(urlGlob, Committed));
        }
        catch (TimeoutException timeout)
        {
            throw await StrandedAsync(button.Page, $"{button} did not lead to {urlGlob}", timeout);
        }
    }

    private static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    // Acts while already waiting (started before the action) for the navigation to commit at the address asked, then
    // waits for the new page's footer: its whole body is parsed. Not click-then-WaitForURL with the load event: on a
    // busy machine that missed pages that had arrived (the address matched, 200 answered, the wait timed out).
    private static async Task ArriveAsync(IPage page, Func<Task> action, Task arrival)
    {
        await action();
        await arrival;
        await page.Locator("footer.site").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    // Where a page ended instead of where a test expected it: its address, its last navigations and its text.
    private static async Task<TimeoutException> StrandedAsync(IPage page, string what, TimeoutException timeout)
    {
        var text = await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 });
        var history = Navigations.TryGetValue(page, out var log) ? string.Join("; ", log.TakeLast(6)) : "(not recorded)";
        return new TimeoutException($"{what}: at {page.Url} after {history}, showing: {text[..Math.Min(text.Length, 600)]}", timeout);
    }

    /// <summary>A client signed in through the /signin form (cookie and antiforgery token), with the page language chosen by cookie.</summary>
    public async Task<HttpClient> SignedInClientAsync(string user, string password, string language = Texts.Italian)
    {
        var cookies = new CookieContainer();
        cookies.Add(BaseAddress, new System.Net.Cookie(Texts.CookieName, language));
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        var form = await http.GetStringAsync("/signin");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user,
            ["Password"] = password,
            ["ReturnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        });
        var response = await http.PostAsync("/signin", content);
        Assert.True(response.IsSuccessStatusCode, $"sign-in of {user}: {(int)response.StatusCode}");
        Assert.True(cookies.Count > 1, $"sign-in of {user}: no session cookie");
        return http;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    public static Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }
}

/// <summary>The test classes that share one silo and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
