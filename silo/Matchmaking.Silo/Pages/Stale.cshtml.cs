using Matchmaking.Grains.Suggestions;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Silo.Pages;

/// <summary><c>/stale</c>: the hub manager's (admins') list of profiles not confirmed for long, oldest first.</summary>
public sealed class StaleModel(Matchmaker matchmaker) : SitePage
{
    public IReadOnlyList<AgedProfile> Items { get; private set; } = [];

    public Matchmaker Matchmaker => matchmaker;

    public IActionResult OnGet()
    {
        if (Viewer.IsAnonymous)
        {
            return Challenge();
        }

        if (!Viewer.IsAdmin)
        {
            return PageForbidden();
        }

        Items = matchmaker.Aged();
        return Page();
    }
}
