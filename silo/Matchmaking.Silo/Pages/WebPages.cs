using Microsoft.AspNetCore.Diagnostics;

namespace Matchmaking.Silo.Pages;

/// <summary>
/// The server-rendered web pages (Razor Pages under <c>Pages/</c>, one stylesheet under <c>wwwroot/</c>):
/// their services, the language of each page request, and friendly status pages. <c>/api/*</c> is left
/// alone: no language cookie, no HTML status pages, problem details as before.
/// </summary>
public static class WebPages
{
    public static WebApplicationBuilder AddWebPages(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRazorPages(options =>
        {
            // Razor Pages check the antiforgery token of every POST (a form without it: 400).
            // Every page is open to all; each decides what a viewer may see or do (Viewer), answering a page-shaped
            // 404 for what is hidden and 403 for what is not theirs, and sending the anonymous to /signin.
            options.Conventions.AllowAnonymousToFolder("/");
        });
        builder.Services.AddSingleton<SiteData>();

        // Italian text as it is (è, not &#xE8;); markup characters are still encoded.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "mm.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;

            // API calls made on the authority of the page cookie carry the token in this header (AuthServices).
            o.HeaderName = Auth.AuthServices.AntiforgeryHeader;
        });
        return builder;
    }

    /// <summary>Static files and the page language; call before the endpoints are mapped.</summary>
    public static WebApplication UseWebPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles();

        // An error status of a page request shows the status page. Set up on the app itself (not in a branch) so the
        // re-executed request is routed again; API requests switch it off, leaving them to the problem-details
        // status pages set up before.
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.Use((context, next) =>
        {
            if (!IsPageRequest(context) && context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }

            return next(context);
        });
        app.UseWhen(IsPageRequest, pages => pages.Use(SetLanguage));
        return app;
    }

    public static WebApplication MapWebPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapRazorPages();
        return app;
    }

    private static bool IsPageRequest(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !context.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        && !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    // ?lang=it|en chooses the language and remembers it in a cookie; else the cookie; else Italian.
    private static Task SetLanguage(HttpContext context, Func<Task> next)
    {
        var asked = context.Request.Query["lang"].ToString();
        string language;
        if (asked is Texts.Italian or Texts.English)
        {
            language = asked;
            if (context.Request.Cookies[Texts.CookieName] != asked)
            {
                context.Response.Cookies.Append(Texts.CookieName, asked, new CookieOptions
                {
                    Path = "/",
                    MaxAge = TimeSpan.FromDays(365),
                    SameSite = SameSiteMode.Lax,
                    HttpOnly = true,
                    IsEssential = true,
                });
            }
        }
        else
        {
            language = context.Request.Cookies[Texts.CookieName] == Texts.English ? Texts.English : Texts.Italian;
        }

        context.Items[typeof(Texts)] = Texts.For(language);
        return next();
    }
}
