using Matchmaking.Silo.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Matchmaking.Silo.Pages;

/// <summary>What every page model shares: the texts of the request's language and a page-shaped 404/403.</summary>
public abstract class SitePage : PageModel
{
    private Viewer? viewer;

    public Texts T => Texts.Of(HttpContext);

    public Viewer Viewer => viewer ??= Viewer.From(User);

    /// <summary>404 rendered by the status page (the same answer for "unknown" and "not visible to you").</summary>
    protected IActionResult PageNotFound() => StatusCode(StatusCodes.Status404NotFound);

    protected IActionResult PageForbidden() => StatusCode(StatusCodes.Status403Forbidden);
}
