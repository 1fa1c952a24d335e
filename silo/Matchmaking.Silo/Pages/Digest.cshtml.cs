using Matchmaking.Abstractions.Digests;
using Matchmaking.Grains.Suggestions;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace Matchmaking.Silo.Pages;

/// <summary><c>/digest</c>: the signed-in member's digest (its actor's): new partners, events, calls, proposals to answer.</summary>
public sealed class DigestModel(IGrainFactory grains) : SitePage
{
    public Digest Digest { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (Viewer.IsAnonymous)
        {
            return Challenge();
        }

        if (Viewer.Actor is not { } actor)
        {
            return PageNotFound(); // coaches and admins have no actor: they read a member's digest through the API
        }

        Digest = await grains.GetGrain<IDigestGrain>(MatchKeys.Of(actor)).GetAsync(T.Language);
        return Page();
    }
}
