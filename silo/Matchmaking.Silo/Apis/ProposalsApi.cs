using System.Security.Claims;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Grains.Coaches;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Proposals;
using Orleans;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Http;
using Matchmaking.Silo.OpenApi;

namespace Matchmaking.Silo.Apis;

/// <summary>
/// <c>/api/proposals/{id}</c>: a proposal and its life — <c>propose</c> (draft → proposed), <c>decisions</c> (each
/// member accepts or declines), <c>start</c> (accepted → started: the members become collaborators), <c>drop</c>;
/// <c>GET /api/{kinds}/{id}/proposals</c>: the proposals that name an actor.
/// </summary>
public static class ProposalsApi
{
    public static IEndpointRouteBuilder MapProposalsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/proposals/{id}").WithTags("proposals");
        group.MapGet("/", Get).RequireAuthorization(Policies.SignedIn).Answers<Proposal>().Query(QueryParameters.Lang).WithSummary("A proposal: team, reasons, draft, calls, status and history; lang=it|en picks title and objective.");
        group.MapPost("/propose", async (string id, IGrainFactory grains, ClaimsPrincipal user) =>
                await NotItsCoach(id, grains, user) ?? await Run(id, () => grains.GetGrain<IProposalGrain>(id).SubmitAsync()))
            .RequireAuthorization(Policies.Coach)
            .Answers<Proposal>()
            .WithSummary("draft → proposed: the members can now accept or decline.");
        group.MapPost("/decisions", Decide).RequireAuthorization(Policies.SignedIn).Body<ProposalDecision>(ApiExamples.Decision).Answers<Proposal>()
            .WithSummary("A member accepts or declines: {\"member\":{\"kind\",\"id\"},\"decision\":\"accept|decline\",\"reason\"}.");
        group.MapPost("/start", async (string id, ProposalDesk desk, IGrainFactory grains, ClaimsPrincipal user) =>
                await NotItsCoach(id, grains, user) ?? await Run(id, () => desk.StartAsync(id)))
            .RequireAuthorization(Policies.Coach)
            .Answers<Proposal>()
            .WithSummary("accepted → started: every pair of members becomes collaborators.");
        group.MapPost("/drop", async (string id, HttpRequest request, IGrainFactory grains, ClaimsPrincipal user, CancellationToken ct) =>
                await NotItsCoach(id, grains, user) ?? await Drop(id, request, grains, ct))
            .RequireAuthorization(Policies.Coach).Body<ReasonBody>(ApiExamples.Reason).Answers<Proposal>().WithSummary("Drops the proposal, with an optional {\"reason\"}.");

        foreach (var kind in ActorKinds.All)
        {
            app.MapGet($"/api/{kind.Plural()}/{{id}}/proposals", async (string id, ActorDirectory directory, ProposalBoard board, ClaimsPrincipal user) =>
                    await (SuggestionsApi.Allowed(new ActorRef(kind, id), Viewer.From(user), directory) ?? Task.FromResult(ForMember(new ActorRef(kind, id), directory, board))))
                .RequireAuthorization(Policies.SignedIn)
                .WithTags("proposals")
                .Answers<ProposalList>()
                .WithSummary($"The proposals that name a {kind.Name()} (drafts not included), newest first.");
        }

        return app;
    }

    // Proposals are run by their coach (or an admin): others answer 403.
    private static async Task<IResult?> NotItsCoach(string id, IGrainFactory grains, ClaimsPrincipal user)
    {
        var viewer = Viewer.From(user);
        var proposal = viewer.IsAdmin || !ActorIds.IsValid(id) ? null : await grains.GetGrain<IProposalGrain>(id).GetAsync();
        return proposal is not null && proposal.Coach != viewer.UserId
            ? AccessProblems.Forbidden($"Only the proposal's coach '{proposal.Coach}' or an admin may change it.")
            : null;
    }

    private static async Task<IResult> Get(string id, HttpRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        // Coaches and admins read every proposal; a member only the proposed ones that name its actor (else: unknown).
        var viewer = Viewer.From(user);
        if (!viewer.IsCoach && (!ActorIds.IsValid(id) || await grains.GetGrain<IProposalGrain>(id).GetAsync() is not { } named
            || named.Status == ProposalStatus.Draft || !named.Members.Any(m => viewer.Owns(m.Actor))))
        {
            return Problems.NotFound($"proposal '{id}'");
        }

        var lang = request.Query["lang"].ToString().Trim().ToLowerInvariant();
        if (lang.Length > 0 && !CoachBriefRules.Languages.Contains(lang))
        {
            return Problems.Invalid("lang", $"'{lang}' is not one of: {string.Join(", ", CoachBriefRules.Languages)}.");
        }

        var proposal = ActorIds.IsValid(id) ? await grains.GetGrain<IProposalGrain>(id).GetAsync() : null;
        return proposal is null
            ? Problems.NotFound($"proposal '{id}'")
            : Results.Ok(lang.Length > 0 ? proposal.In(lang) : proposal);
    }

    private static async Task<IResult> Decide(string id, HttpRequest request, IGrainFactory grains, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!ActorIds.IsValid(id))
        {
            return Problems.NotFound($"proposal '{id}'");
        }

        var body = await JsonBody.ReadObjectAsync(request, JsonBody.BriefLimit, cancellationToken);
        var decision = ProposalBodies.Decision(body);
        if (!Viewer.From(user).CanEdit(decision.Member))
        {
            return AccessProblems.Forbidden($"Only an admin or the member of {decision.Member} may decide for it.");
        }
        return Results.Ok(await grains.GetGrain<IProposalGrain>(id).DecideAsync(decision));
    }

    private static async Task<IResult> Drop(string id, HttpRequest request, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var body = request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0
            ? await JsonBody.ReadObjectAsync(request, JsonBody.BriefLimit, cancellationToken)
            : null;
        var reason = ProposalBodies.Reason(body);
        return await Run(id, () => grains.GetGrain<IProposalGrain>(id).DropAsync(reason));
    }

    private static async Task<IResult> Run(string id, Func<Task<Proposal>> transition) =>
        ActorIds.IsValid(id) ? Results.Ok(await transition()) : Problems.NotFound($"proposal '{id}'");

    private static IResult ForMember(ActorRef actor, ActorDirectory directory, ProposalBoard board) =>
        ActorIds.IsValid(actor.Id) && directory.Contains(actor)
            ? Results.Ok(new ProposalList(board.ForMember(actor)))
            : Problems.NotFound($"{actor.Kind.Name()} '{actor.Id}'");
}
