using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Relations;
using Matchmaking.Runtime;
using Matchmaking.Silo.Http;

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
            group.MapPost("/feedback", (string id, HttpRequest request, FeedbackDesk desk, CancellationToken ct) => Send(new ActorRef(kind, id), request, desk, ct))
                .WithSummary($"A {kind.Name()} accepts (a collaboration on both sides) or declines (never suggested again) an actor.");
            group.MapGet("/relations", (string id, IGrainFactory grains) => Relations(new ActorRef(kind, id), grains))
                .WithSummary($"Whom a {kind.Name()} declined, and its collaborations (accepted on either side, or imported).");
        }

        return app;
    }

    private static async Task<IResult> Send(ActorRef actor, HttpRequest request, FeedbackDesk desk, CancellationToken cancellationToken)
    {
        if (!ActorIds.IsValid(actor.Id))
        {
            return Problems.NotFound($"{actor.Kind.Name()} '{actor.Id}'");
        }

        var body = await JsonBody.ReadObjectAsync(request, JsonBody.BriefLimit, cancellationToken);
        var (feedback, errors) = FeedbackBodies.Read(body);
        return feedback is null ? Problems.Invalid(errors) : Results.Ok(await desk.SendAsync(actor, feedback));
    }

    private static async Task<IResult> Relations(ActorRef actor, IGrainFactory grains)
    {
        var relations = ActorIds.IsValid(actor.Id) ? await grains.Actor(actor).GetRelationsAsync() : null;
        return relations is null ? Problems.NotFound($"{actor.Kind.Name()} '{actor.Id}'") : Results.Ok(relations);
    }
}
