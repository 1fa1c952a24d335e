using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Proposals;
using Matchmaking.Grains.Relations;
using Matchmaking.Silo.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Silo.Pages;

/// <summary>
/// <c>/companies/{id}</c>, <c>/startups/{id}</c>, <c>/researchers/{id}</c>: the profile, its suggested partners
/// with a bar per reason (accept/decline for whoever may act for the actor), its collaborations.
/// </summary>
public sealed class ActorModel(SiteData data, FeedbackDesk desk, ProposalBoard board, Matchmaking.Grains.Suggestions.Matchmaker matchmaker, TimeProvider clock) : SitePage
{
    public const int SuggestionCount = 8;

    public SiteData Data => data;

    public ActorPage Actor { get; private set; } = null!;

    public IReadOnlyList<SuggestionItem> Suggestions { get; private set; } = [];

    public IReadOnlyList<(ActorRef Partner, string Name)> Partners { get; private set; } = [];

    public bool CanEdit { get; private set; }

    /// <summary>The proposals that name the actor (drafts left out), newest first.</summary>
    public IReadOnlyList<Proposal> Proposals { get; private set; } = [];

    /// <summary>Whether the viewer may read the actor's own things: suggestions and collaborations (coaches, admins, its member).</summary>
    public bool CanRead { get; private set; }

    public string? Notice { get; private set; }

    /// <summary>The actor's hub memberships and tiers (companies and startups).</summary>
    public IReadOnlyList<HubMembership> Memberships => Actor.Profile switch
    {
        CompanyProfile company => company.Memberships,
        StartupProfile startup => startup.Memberships,
        _ => [],
    };

    /// <summary>For whoever may edit it: the profile is stale (ranked lower) or expired (not suggested); null when fresh.</summary>
    public string? Aging => !CanEdit ? null
        : matchmaker.Aging.IsExpired(Actor.UpdatedAt, clock.GetUtcNow()) ? T.ProfileExpired(Actor.UpdatedAt)
        : matchmaker.Aging.IsStale(Actor.UpdatedAt, clock.GetUtcNow()) ? T.ProfileStale(Actor.UpdatedAt)
        : null;

    public async Task<IActionResult> OnGetAsync(string kinds, string id)
    {
        if (await LoadAsync(kinds, id) is { } missing)
        {
            return missing;
        }

        Notice = Request.Query["done"].ToString() switch
        {
            "accept" => T.AcceptedNotice(Request.Query["name"].ToString()),
            "decline" => T.DeclinedNotice(Request.Query["name"].ToString()),
            "saved" => T.Saved,
            "decided" => T.DecisionRecorded,
            "confirmed" => T.ProfileConfirmed,
            _ => null,
        };
        return Page();
    }

    /// <summary>Accept (a collaboration on both sides) or decline (never suggested again) a suggested actor.</summary>
    public async Task<IActionResult> OnPostFeedbackAsync(string kinds, string id, string targetKind, string targetId, string decision)
    {
        if (await EditableAsync(kinds, id) is { } refused)
        {
            return refused;
        }

        if (!ActorKinds.TryParse(targetKind, out var kind) || decision is not ("accept" or "decline"))
        {
            return BadRequest();
        }

        var target = await data.GetVisibleActorAsync(new ActorRef(kind, targetId), Viewer);
        if (target is null)
        {
            return PageNotFound();
        }

        try
        {
            await desk.SendAsync(Actor.Actor, new Feedback(target.Actor, decision == "accept" ? FeedbackDecision.Accept : FeedbackDecision.Decline));
        }
        catch (ValidationFailedException)
        {
            return BadRequest();
        }

        return Redirect(PageLinks.Actor(Actor.Actor) + PageLinks.Query(("done", decision), ("name", target.Profile.Name)));
    }

    /// <summary>Its member (or an admin) confirms the profile is still true: fresh again.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string kinds, string id)
    {
        if (await EditableAsync(kinds, id) is { } refused)
        {
            return refused;
        }

        await data.Grains.Actor(Actor.Actor).ConfirmAsync();
        return Redirect(PageLinks.Actor(Actor.Actor) + "?done=confirmed");
    }

    /// <summary>A proposal naming the actor as a card: its member may decide; only visible members are linked.</summary>
    public ProposalCard Card(Proposal proposal) =>
        new(proposal, DecideAs: CanEdit ? Actor.Actor : null, DecideUrl: PageLinks.Actor(Actor.Actor) + "?handler=decide")
        {
            CanLink = a => data.Directory.ExistsFor(a, Viewer),
        };

    /// <summary>The actor accepts or declines a proposal that names it.</summary>
    public async Task<IActionResult> OnPostDecideAsync(string kinds, string id, string proposal, string decision)
    {
        if (await EditableAsync(kinds, id) is { } refused)
        {
            return refused;
        }

        if (decision is not ("accept" or "decline") || !ActorIds.IsValid(proposal))
        {
            return BadRequest();
        }

        try
        {
            var choice = decision == "accept" ? FeedbackDecision.Accept : FeedbackDecision.Decline;
            await data.Grains.GetGrain<IProposalGrain>(proposal).DecideAsync(new ProposalDecision(Actor.Actor, choice));
        }
        catch (Exception e) when (e is StateConflictException or ForbiddenException or NotFoundException)
        {
            return StatusCode(StatusCodes.Status409Conflict);
        }

        return Redirect(PageLinks.Actor(Actor.Actor) + "?done=decided#proposals-heading");
    }

    // A change to the actor: signed in (else the sign-in page), an actor the viewer sees (else 404), its own (else 403).
    private async Task<IActionResult?> EditableAsync(string kinds, string id) =>
        Viewer.IsAnonymous ? Challenge()
        : await LoadAsync(kinds, id) is { } missing ? missing
        : !CanEdit ? PageForbidden()
        : null;

    private async Task<IActionResult?> LoadAsync(string kinds, string id)
    {
        if (!ActorKinds.TryParse(kinds, out var kind) || await data.GetVisibleActorAsync(new ActorRef(kind, id), Viewer) is not { } actor)
        {
            return PageNotFound();
        }

        Actor = actor;
        CanEdit = Viewer.CanEdit(actor.Actor);
        CanRead = Viewer.CanRead(actor.Actor);
        if (!CanRead)
        {
            return null;
        }

        Proposals = data.Visible(board.ForMember(actor.Actor), Viewer);
        var grain = data.Grains.Actor(actor.Actor);
        var suggestions = await grain.GetSuggestionsAsync(new SuggestionRequest([], SuggestionCount * 2, NewPartnersOnly: true, Lang: T.Language)) ?? [];
        Suggestions = [.. data.Visible(suggestions, s => new ActorRef(s.Kind, s.Id), Viewer).Take(SuggestionCount)];
        var relations = await grain.GetRelationsAsync();
        var partners = new List<(ActorRef, string)>();
        foreach (var collaboration in relations?.Collaborations ?? [])
        {
            if (await data.GetVisibleActorAsync(collaboration.Partner, Viewer) is { } partner && partners.All(p => p.Item1 != partner.Actor))
            {
                partners.Add((partner.Actor, partner.Profile.Name));
            }
        }

        Partners = partners;
        return null;
    }
}
