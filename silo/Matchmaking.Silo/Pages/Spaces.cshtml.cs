using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Spaces;
using Matchmaking.Abstractions.Vouchers;
using Matchmaking.Grains.Spaces;
using Matchmaking.Grains.Vouchers;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace Matchmaking.Silo.Pages;

/// <summary>
/// <c>/spaces</c>: the co-working spaces of the accredited list (coaches and admins see every space with its
/// status) and the voucher programmes with what is left; a startup's member sees the spaces near it first; the hub
/// manager (admins) accredits a space or withdraws its accreditation, and downloads a programme's ledger.
/// </summary>
public sealed class SpacesModel(SpaceBoard spaces, ProgrammeBoard programmes, SpaceSuggester suggester, IGrainFactory grains) : SitePage
{
    public IReadOnlyList<StoredSpace> Items { get; private set; } = [];

    public IReadOnlyList<StoredProgramme> Programmes { get; private set; } = [];

    public IReadOnlyList<SpaceSuggestion> Near { get; private set; } = [];

    /// <summary>The vouchers the viewer's actor holds, with their programmes.</summary>
    public IReadOnlyList<(StoredProgramme Programme, Voucher Voucher)> Mine { get; private set; } = [];

    public string? Notice { get; private set; }

    public void OnGet()
    {
        Items = [.. spaces.All().Where(s => s.IsAccredited || Viewer.IsCoach)];
        Programmes = programmes.All();
        if (Viewer.Actor is { } actor)
        {
            Mine = programmes.HeldBy(actor);
            if (actor.Kind == ActorKind.Startup)
            {
                Near = suggester.ForActor(actor, T.Language, top: 3);
            }
        }

        Notice = Request.Query["done"].ToString() switch
        {
            "accredited" => T.AccreditedNotice,
            "withdrawn" => T.WithdrawnNotice,
            _ => null,
        };
    }

    /// <summary>The hub manager accredits a space or withdraws its accreditation.</summary>
    public async Task<IActionResult> OnPostAccreditationAsync(string id, bool accredited)
    {
        if (Viewer.IsAnonymous)
        {
            return Challenge();
        }

        if (!Viewer.IsAdmin)
        {
            return PageForbidden();
        }

        if (!ActorIds.IsValid(id) || await grains.GetGrain<ISpaceGrain>(id).GetAsync() is null)
        {
            return PageNotFound();
        }

        await grains.GetGrain<ISpaceGrain>(id).AccreditAsync(accredited, Viewer.UserId!);
        return Redirect("/spaces" + PageLinks.Query(("done", accredited ? "accredited" : "withdrawn")) + $"#space-{Uri.EscapeDataString(id)}");
    }
}
