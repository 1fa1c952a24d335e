using System.Security.Claims;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Relations;
using Orleans;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Http;
using Matchmaking.Silo.OpenApi;

namespace Matchmaking.Silo.Apis;

/// <summary>
/// <c>POST /api/{kinds}/{id}/feedback</c>: accept or decline a suggested actor; <c>GET /api/{kinds}/{id}/relations</c>:
/// whom the actor declined and its collaborations.
/// </summary>
public static class FeedbackApi
{
    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        foreach (var kind in ActorKinds.All)
        {
            var group = app.MapGroup($"/api/{kind.Plural()}/{{id}}").WithTags("feedback");
            group.MapPost("/feedback", (string id, HttpRequest request, FeedbackDesk desk, ActorDirectory directory, ClaimsPrincipal user, CancellationToken ct) =>
                    Send(new ActorRef(kind, id), request, desk, directory, Viewer.From(user), ct))
                .RequireAuthorization(Policies.SignedIn)
                .Body<Feedback>(ApiExamples.Feedback).Answers<FeedbackRecord>()
                .WithSummary($"A {kind.Name()} accepts (a collaboration on both sides) or declines (never suggested again) an actor.");
            group.MapGet("/relations", (string id, IGrainFactory grains, ActorDirectory directory, ClaimsPrincipal user) =>
                    SuggestionsApi.Allowed(new ActorRef(kind, id), Viewer.From(user), directory) ?? Relations(new ActorRef(kind, id), grains, directory, Viewer.From(user)))
                .RequireAuthorization(Policies.SignedIn)
                .Answers<ActorRelations>()
                .WithSummary($"Whom a {kind.Name()} declined, and its collaborations (accepted on either side, or imported).");
        }

        return app;
    }

    private static async Task<IResult> Send(ActorRef actor, HttpRequest request, FeedbackDesk desk, ActorDirectory directory, Viewer viewer, CancellationToken cancellationToken)
    {
        if (!viewer.CanEdit(actor))
        {
            return AccessProblems.Forbidden($"Only an admin or the member of {actor} may give its feedback.");
        }

        if (!ActorIds.IsValid(actor.Id))
        {
            return Problems.NotFound($"{actor.Kind.Name()} '{actor.Id}'");
        }

        var body = await JsonBody.ReadObjectAsync(request, JsonBody.BriefLimit, cancellationToken);
        var (feedback, errors) = FeedbackBodies.Read(body);
        if (feedback is null)
        {
            return Problems.Invalid(errors);
        }

        // A target the viewer may not see is as unknown as one that does not exist.
        return directory.IsVisibleTo(feedback.Target, viewer)
            ? Results.Ok(await desk.SendAsync(actor, feedback))
            : Problems.NotFound($"{feedback.Target.Kind.Name()} '{feedback.Target.Id}' (the feedback's target)");
    }

    private static async Task<IResult> Relations(ActorRef actor, IGrainFactory grains, ActorDirectory directory, Viewer viewer)
    {
        var relations = ActorIds.IsValid(actor.Id) ? await grains.Actor(actor).GetRelationsAsync() : null;
        return relations is null
            ? Problems.NotFound($"{actor.Kind.Name()} '{actor.Id}'")
            : Results.Ok(new ActorRelations(
                [.. relations.Declined.Where(d => directory.IsVisibleTo(d.Actor, viewer))],
                [.. relations.Collaborations.Where(c => directory.IsVisibleTo(c.Partner, viewer))]));
    }
}
