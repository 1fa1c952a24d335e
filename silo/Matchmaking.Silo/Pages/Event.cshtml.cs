using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Grains.Events;
using Matchmaking.Silo.Apis;
using Matchmaking.Silo.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Silo.Pages;

/// <summary>
/// <c>/events/{id}</c>: one event or course with its seats and its calendar; a member registers its actor or cancels
/// its registration; its organiser, coaches and admins see who registered and who waits, the suggested speakers,
/// and cancel it or mark it held.
/// </summary>
public sealed class EventModel(SiteData data, EventSuggester suggester, Matchmaking.Grains.Spaces.SpaceBoard spaces) : SitePage
{
    public StoredEvent Stored { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public IReadOnlyList<SuggestionItem> Speakers { get; private set; } = [];

    public string? Notice { get; private set; }

    public SiteData Data => data;

    /// <summary>The co-working space it takes place in, when the hub knows it.</summary>
    public Matchmaking.Abstractions.Spaces.StoredSpace? Space => Stored.Event.Place.Space is { } id ? spaces.Get(id) : null;

    /// <summary>The viewer's own registration (a member's actor), or null.</summary>
    public RegistrationStatus? Mine => Viewer.Actor is { } actor ? Stored.StatusOf(actor) : null;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        Notice = Request.Query["done"].ToString() switch
        {
            "registered" => T.RegisteredNotice,
            "waiting" => T.WaitingNotice(int.TryParse(Request.Query["position"], out var position) ? position : null),
            "cancelled" => T.CancelledNotice,
            "status" => T.StatusChangedNotice,
            "refused" => T.RegistrationRefused,
            _ => null,
        };
        if (CanManage)
        {
            Speakers = [.. suggester.SpeakersFor(Stored, T.Language, 5).Where(s => data.Directory.ExistsFor(new(s.Kind, s.Id), Viewer))];
        }

        return Page();
    }

    /// <summary>The member registers its own actor: a seat or the waiting list.</summary>
    public async Task<IActionResult> OnPostRegisterAsync(string id)
    {
        if (Viewer.IsAnonymous)
        {
            return Challenge();
        }

        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        if (Viewer.Actor is not { } actor)
        {
            return PageForbidden();
        }

        try
        {
            var result = await data.Grains.GetGrain<IEventGrain>(id).RegisterAsync(actor);
            return Redirect(Self + (result.Status == RegistrationStatus.Waiting ? PageLinks.Query(("done", "waiting"), ("position", $"{result.Position}")) : PageLinks.Query(("done", "registered"))));
        }
        catch (StateConflictException)
        {
            return Redirect(Self + PageLinks.Query(("done", "refused")));
        }
    }

    /// <summary>The member cancels its own registration; the first member waiting moves up.</summary>
    public async Task<IActionResult> OnPostUnregisterAsync(string id)
    {
        if (Viewer.IsAnonymous)
        {
            return Challenge();
        }

        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        if (Viewer.Actor is not { } actor || Stored.StatusOf(actor) is null)
        {
            return PageForbidden();
        }

        await data.Grains.GetGrain<IEventGrain>(id).CancelRegistrationAsync(actor);
        return Redirect(Self + PageLinks.Query(("done", "cancelled")));
    }

    /// <summary>Its organiser, coaches and admins publish a draft, cancel it or mark it held.</summary>
    public async Task<IActionResult> OnPostStatusAsync(string id, string status)
    {
        if (Viewer.IsAnonymous)
        {
            return Challenge();
        }

        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        if (!CanManage)
        {
            return PageForbidden();
        }

        if (!Abstractions.Json.EnumNames<EventStatus>.TryParse(status, out var next) || !EventRules.CanMove(Stored.Event.Status, next))
        {
            return BadRequest();
        }

        await data.Grains.GetGrain<IEventGrain>(id).UpsertAsync(Stored.Event with { Status = next }, Stored.Version);
        return Redirect(Self + PageLinks.Query(("done", "status")));
    }

    private string Self => $"/events/{Uri.EscapeDataString(Stored.Id)}";

    private async Task<IActionResult?> LoadAsync(string id)
    {
        var stored = Abstractions.Profiles.ActorIds.IsValid(id) ? await data.Grains.GetGrain<IEventGrain>(id).GetAsync() : null;
        if (stored is null || !Viewer.CanSee(stored.Event))
        {
            return PageNotFound();
        }

        Stored = stored;
        CanManage = Viewer.CanManage(stored.Event);
        return null;
    }
}
