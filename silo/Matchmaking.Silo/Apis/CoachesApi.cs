using System.Security.Claims;
using Matchmaking.Abstractions.Coaches;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Orleans;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Http;
using Matchmaking.Silo.OpenApi;

namespace Matchmaking.Silo.Apis;

/// <summary>
/// <c>POST /api/coaches/{id}/proposals</c>: a brief → draft proposals (teams, reasons, draft, calls), stored in the
/// coach's portfolio; <c>GET /api/coaches/{id}/proposals</c>: the portfolio.
/// </summary>
public static class CoachesApi
{
    public static IEndpointRouteBuilder MapCoachesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/coaches/{id}").WithTags("coaches").RequireAuthorization(Policies.Coach);
        group.MapPost("/proposals", Propose).Body<ProjectBrief>(ApiExamples.ProjectBrief).Answers<ProposalList>()
            .WithSummary("Forms project teams for a brief (themes, need and/or anchor, with constraints) and stores them as draft proposals.");
        group.MapGet("/proposals", Portfolio).Answers<ProposalList>()
            .Query(QueryParameter.OneOf("status", "Only proposals in this state.", "draft", "proposed", "accepted", "declined", "started", "dropped"))
            .WithSummary("The coach's proposals, newest first; filter status (draft, proposed, accepted, declined, started, dropped).");
        return app;
    }

    // A coach's portfolio is that coach's (and the admins').
    private static IResult? NotTheCoach(string id, ClaimsPrincipal user) =>
        Viewer.From(user) is { } viewer && (viewer.IsAdmin || viewer.UserId == id)
            ? null
            : AccessProblems.Forbidden($"Only the coach '{id}' or an admin may use this portfolio.");

    private static async Task<IResult> Propose(string id, HttpRequest request, IGrainFactory grains, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (NotTheCoach(id, user) is { } denied)
        {
            return denied;
        }

        if (ActorIds.Problem(id) is { } problem)
        {
            return Problems.Invalid("coach", problem);
        }

        var body = await JsonBody.ReadObjectAsync(request, JsonBody.BriefLimit, cancellationToken);
        var proposals = await grains.GetGrain<ICoachGrain>(id).ProposeAsync(ProposalBodies.Brief(body));
        return Results.Ok(new ProposalList(proposals));
    }

    private static async Task<IResult> Portfolio(string id, HttpRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        if (NotTheCoach(id, user) is { } denied)
        {
            return denied;
        }

        if (!ActorIds.IsValid(id))
        {
            return Problems.NotFound($"coach '{id}'");
        }

        ProposalStatus? status = null;
        if (request.Query["status"].ToString() is { Length: > 0 } text)
        {
            if (!EnumNames<ProposalStatus>.TryParse(text, out var parsed))
            {
                return Problems.Invalid("status", $"'{text}' is not one of: {EnumNames<ProposalStatus>.List}.");
            }

            status = parsed;
        }

        var proposals = await grains.GetGrain<ICoachGrain>(id).GetPortfolioAsync();
        return Results.Ok(new ProposalList([.. proposals.Where(p => status is null || p.Status == status)]));
    }
}
