using Matchmaking.Abstractions.Coaches;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Grains.Proposals;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Silo.Pages;

/// <summary>
/// <c>/coach</c>: a coach writes a brief and gets teams (drafts with reasons and matching calls), accepts one into
/// the portfolio (draft → proposed: the members are asked), starts or drops it, and follows each one's status.
/// </summary>
public sealed class CoachModel(SiteData data, ProposalDesk desk) : SitePage
{
    public SiteData Data => data;

    public IReadOnlyList<Proposal> Portfolio { get; private set; } = [];

    [BindProperty]
    public string? Theme { get; set; }

    [BindProperty]
    public string? Need { get; set; }

    [BindProperty]
    public string? Region { get; set; }

    [BindProperty]
    public int Top { get; set; } = ProjectBrief.DefaultTop;

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Denied() is { } denied)
        {
            return denied;
        }

        Notice = Request.Query["done"].ToString() switch
        {
            "formed" => T.ProposalsFormed(int.TryParse(Request.Query["n"], out var n) ? n : 0),
            "propose" => T.ProposalSent,
            "start" => T.ProposalStarted,
            "drop" => T.ProposalDropped,
            _ => null,
        };
        await LoadAsync();
        return Page();
    }

    /// <summary>A brief → draft proposals in the portfolio.</summary>
    public async Task<IActionResult> OnPostBriefAsync()
    {
        if (Denied() is { } denied)
        {
            return denied;
        }

        var brief = new ProjectBrief
        {
            Themes = string.IsNullOrWhiteSpace(Theme) ? [] : [Theme.Trim()],
            Need = string.IsNullOrWhiteSpace(Need) ? null : Need.Trim(),
            Region = string.IsNullOrWhiteSpace(Region) ? null : Region.Trim(),
            Top = Top,
            Lang = T.Language,
        };
        try
        {
            var formed = await data.Grains.GetGrain<ICoachGrain>(Viewer.UserId!).ProposeAsync(brief);
            return Redirect("/coach" + PageLinks.Query(("done", "formed"), ("n", formed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "#portfolio");
        }
        catch (ValidationFailedException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                var key = field.StartsWith("themes", StringComparison.Ordinal) ? "theme" : field;
                Errors[key] = string.Join(" ", messages);
            }
        }

        await LoadAsync();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>propose (accept into the portfolio: the members are asked), start (accepted → started) or drop.</summary>
    public async Task<IActionResult> OnPostActAsync(string proposal, string action)
    {
        if (Denied() is { } denied)
        {
            return denied;
        }

        if (action is not ("propose" or "start" or "drop"))
        {
            return BadRequest();
        }

        var grain = data.Grains.GetGrain<IProposalGrain>(proposal ?? "");
        if (!ActorIds.IsValid(proposal) || await grain.GetAsync() is not { } current)
        {
            return PageNotFound();
        }

        if (current.Coach != Viewer.UserId && !Viewer.IsAdmin)
        {
            return PageForbidden();
        }

        try
        {
            _ = action switch
            {
                "propose" => await grain.SubmitAsync(),
                "start" => await desk.StartAsync(current.Id),
                _ => await grain.DropAsync(null),
            };
        }
        catch (StateConflictException)
        {
            return StatusCode(StatusCodes.Status409Conflict);
        }

        return Redirect("/coach" + PageLinks.Query(("done", action)) + "#proposal-" + current.Id);
    }

    private IActionResult? Denied() =>
        Viewer.IsAnonymous ? Challenge() : Viewer.IsCoach ? null : PageForbidden();

    private async Task LoadAsync() =>
        Portfolio = data.Visible(await data.Grains.GetGrain<ICoachGrain>(Viewer.UserId!).GetPortfolioAsync(), Viewer);
}
