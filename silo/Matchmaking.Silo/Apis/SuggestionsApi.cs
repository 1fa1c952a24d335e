using System.Security.Claims;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Suggestions;
using Orleans;
using Matchmaking.Grains.Directory;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Http;
using Matchmaking.Silo.OpenApi;

namespace Matchmaking.Silo.Apis;

/// <summary>
/// <c>GET /api/{kinds}/{id}/suggestions</c>: partners for an actor; <c>POST /api/suggestions</c>: partners for a
/// free-text brief. Both answer <c>{"items":[{"id","kind","name","score","reasons":[{"factor","contribution","evidence"}]}]}</c>.
/// </summary>
public static class SuggestionsApi
{
    public static IEndpointRouteBuilder MapSuggestionsApi(this IEndpointRouteBuilder app)
    {
        foreach (var kind in ActorKinds.All)
        {
            app.MapGet($"/api/{kind.Plural()}/{{id}}/suggestions", (string id, HttpRequest request, IGrainFactory grains, ActorDirectory directory, ClaimsPrincipal user) =>
                    Allowed(new ActorRef(kind, id), Viewer.From(user), directory) ?? ForActor(new ActorRef(kind, id), request, grains))
                .RequireAuthorization(Policies.SignedIn)
                .WithTags("suggestions")
                .Query(QueryParameters.Suggestions)
                .Answers<SuggestionList>()
                .WithSummary($"Partners for a {kind.Name()}, best first, with reasons; filters target (kinds), top, theme, province, new.");
        }

        app.MapPost("/api/suggestions", ForBrief).WithTags("suggestions").AllowAnonymous()
            .Body<BriefBody>(ApiExamples.Brief).Answers<SuggestionList>()
            .WithSummary("Partners for a free-text need or idea (Italian or English), for people without a profile.");
        return app;
    }

    // An actor's suggestions are its member's, its coaches' and the admins'; an actor the viewer may not see is unknown (404).
    internal static Task<IResult>? Allowed(ActorRef actor, Viewer viewer, ActorDirectory directory)
    {
        if (!ActorIds.IsValid(actor.Id) || !directory.ExistsFor(actor, viewer))
        {
            return Task.FromResult(Problems.NotFound($"{actor.Kind.Name()} '{actor.Id}'"));
        }

        return viewer.CanRead(actor)
            ? null
            : Task.FromResult(AccessProblems.Forbidden($"Only coaches, admins and the member of {actor} may read this."));
    }

    private static async Task<IResult> ForActor(ActorRef actor, HttpRequest request, IGrainFactory grains)
    {
        if (!ActorIds.IsValid(actor.Id))
        {
            return Problems.NotFound($"{actor.Kind.Name()} '{actor.Id}'");
        }

        var (query, errors) = SuggestionQueries.Read(request.Query);
        if (query is null)
        {
            return Problems.Invalid(errors);
        }

        var items = await grains.Actor(actor).GetSuggestionsAsync(query);
        return items is null ? Problems.NotFound($"{actor.Kind.Name()} '{actor.Id}'") : Results.Ok(new SuggestionList(items));
    }

    private static async Task<IResult> ForBrief(HttpRequest request, Matchmaker matchmaker, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, JsonBody.BriefLimit, cancellationToken);
        var (brief, query, errors) = SuggestionQueries.ReadBrief(body);
        return query is null
            ? Problems.Invalid(errors)
            : Results.Ok(new SuggestionList(matchmaker.SuggestForBrief(brief, query, publicOnly: Viewer.From(user).IsAnonymous)));
    }
}
