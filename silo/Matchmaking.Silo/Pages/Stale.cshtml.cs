using Matchmaking.Grains.Suggestions;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Silo.Pages;

/// <summary><c>/stale</c>: the hub manager's (admins') list of profiles not confirmed for long, oldest first.</summary>
public sealed class StaleModel(Matchmaker matchmaker, Orleans.IGrainFactory grains) : SitePage
{
    public IReadOnlyList<AgedProfile> Items { get; private set; } = [];

    public Matchmaker Matchmaker => matchmaker;

    /// <summary>When each member was reminded (key: kind/id).</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Reminded { get; private set; } = new Dictionary<string, DateTimeOffset>();

    public async Task<IActionResult> OnGetAsync()
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
        Reminded = await grains.GetGrain<Matchmaking.Abstractions.Grains.IFreshnessSweepGrain>(0).GetRemindedAsync();
        return Page();
    }
}
