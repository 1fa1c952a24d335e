using System.Security.Claims;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Http;
using Matchmaking.Silo.OpenApi;
using Orleans;

namespace Matchmaking.Silo.Apis;

/// <summary>
/// Fresh profiles: <c>POST /api/{kinds}/{id}/confirm</c> (the actor's member or an admin confirms the profile is
/// still true, unchanged) and <c>GET /api/profiles/stale</c> (the hub manager's list of profiles not confirmed for
/// longer than <c>Freshness:StaleAfter</c>: stale ones rank lower, expired ones are not suggested; when each member was reminded).
/// </summary>
public static class FreshnessApi
{
    public static IEndpointRouteBuilder MapFreshnessApi(this IEndpointRouteBuilder app)
    {
        foreach (var kind in ActorKinds.All)
        {
            app.MapPost($"/api/{kind.Plural()}/{{id}}/confirm", (string id, IGrainFactory grains, ActorDirectory directory, Matchmaker matchmaker, ClaimsPrincipal user) =>
                    Confirm(new ActorRef(kind, id), grains, directory, matchmaker, Viewer.From(user)))
                .RequireAuthorization(Policies.SignedIn).WithTags("freshness")
                .Answers<ConfirmAnswer>()
                .WithSummary($"Confirms a {kind.Name()}'s profile is still true, unchanged: fresh again from now (its member, admins).");
        }

        app.MapGet("/api/profiles/stale", (Matchmaker matchmaker, IGrainFactory grains) => Stale(matchmaker, grains))
            .RequireAuthorization(Policies.Admin).WithTags("freshness")
            .Answers<StaleProfilesAnswer>()
            .WithSummary("Profiles not confirmed for longer than the stale period, oldest first: stale ones rank lower, expired ones are not suggested (admins).");
        return app;
    }

    private static async Task<IResult> Confirm(ActorRef actor, IGrainFactory grains, ActorDirectory directory, Matchmaker matchmaker, Viewer viewer)
    {
        if (!ActorIds.IsValid(actor.Id) || !directory.ExistsFor(actor, viewer))
        {
            return Problems.NotFound($"{actor.Kind.Name()} '{actor.Id}'");
        }

        if (!viewer.CanEdit(actor))
        {
            return AccessProblems.Forbidden($"Only the member of {actor} and admins may confirm its profile.");
        }

        var confirmedAt = await grains.Actor(actor).ConfirmAsync();
        return Results.Json(new
        {
            kind = actor.Kind.Name(),
            id = actor.Id,
            confirmedAt,
            staleFrom = confirmedAt + matchmaker.Aging.StaleAfter,
        });
    }

    private static async Task<IResult> Stale(Matchmaker matchmaker, IGrainFactory grains)
    {
        var reminded = await grains.GetGrain<Matchmaking.Abstractions.Grains.IFreshnessSweepGrain>(0).GetRemindedAsync();
        var items = matchmaker.Aged().Select(p => (object)new
        {
            kind = MatchKeys.TryParse(p.Key, out var actor) ? actor.Kind.Name() : "",
            id = actor?.Id ?? p.Key,
            name = p.Name,
            updatedAt = p.UpdatedAt,
            status = p.Expired ? "expired" : "stale",
            expiresAt = p.ExpiresAt,
            remindedAt = reminded.TryGetValue(p.Key, out var at) ? at : (DateTimeOffset?)null,
        }).ToList();
        return Results.Ok(new
        {
            items,
            total = items.Count,
            staleAfterDays = matchmaker.Aging.StaleAfter.TotalDays,
            graceDays = matchmaker.Aging.Grace.TotalDays,
        });
    }
}
