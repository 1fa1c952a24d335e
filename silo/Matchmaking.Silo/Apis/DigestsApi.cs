using System.Security.Claims;
using Matchmaking.Abstractions.Digests;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Http;
using Matchmaking.Silo.OpenApi;
using Orleans;

namespace Matchmaking.Silo.Apis;

/// <summary>
/// <c>/api/{kinds}/{id}/digest</c>: a member's digest (its member, coaches, admins) as JSON, or as Atom with
/// <c>format=atom</c> or <c>Accept: application/atom+xml</c>; <c>lang</c> it or en.
/// </summary>
public static class DigestsApi
{
    public static IEndpointRouteBuilder MapDigestsApi(this IEndpointRouteBuilder app)
    {
        foreach (var kind in ActorKinds.All)
        {
            app.MapGet($"/api/{kind.Plural()}/{{id}}/digest", (string id, HttpRequest request, IGrainFactory grains, ActorDirectory directory, ClaimsPrincipal user) =>
                    Digest(new ActorRef(kind, id), request, grains, directory, Viewer.From(user)))
                .RequireAuthorization(Policies.SignedIn).WithTags("digests")
                .Query(QueryParameters.Lang, QueryParameter.OneOf("format", "json (default) or atom.", "json", "atom"))
                .Produces(StatusCodes.Status200OK, typeof(Digest), "application/json", DigestFeeds.ContentType)
                .WithSummary($"A {kind.Name()}'s digest: suggested partners (new ones marked), events and courses on its themes, open calls it may apply to, proposals waiting for its answer (its member, coaches, admins).");
        }

        app.MapPost("/api/digests/issue", async (IGrainFactory grains) => Results.Ok(new IssuedAnswer(await grains.GetGrain<IDigestScheduleGrain>(0).IssueAllAsync())))
            .RequireAuthorization(Policies.Admin).WithTags("digests")
            .Answers<IssuedAnswer>()
            .WithSummary("Issues every member's digest now, as the weekly reminder does, and e-mails it when a mail server is configured (admins).");
        return app;
    }

    /// <summary>How many member actors' digests were issued.</summary>
    public sealed record IssuedAnswer(int Issued);

    private static async Task<IResult> Digest(ActorRef actor, HttpRequest request, IGrainFactory grains, ActorDirectory directory, Viewer viewer)
    {
        if (SuggestionsApi.Allowed(actor, viewer, directory) is { } refused)
        {
            return await refused;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var language = ApiQueries.Language(request);
        if (language is null)
        {
            errors["lang"] = ["'it' or 'en'."];
        }

        var format = ApiQueries.Value(request, "format")?.ToLowerInvariant();
        if (format is not (null or "json" or "atom"))
        {
            errors["format"] = ["'json' or 'atom'."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var digest = await grains.GetGrain<IDigestGrain>(MatchKeys.Of(actor)).GetAsync(language!);
        var atom = format == "atom" || (format is null && request.Headers.Accept.ToString().Contains(DigestFeeds.ContentType, StringComparison.OrdinalIgnoreCase));
        if (atom)
        {
            var site = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
            return Results.Text(DigestFeeds.ToAtom(digest, site), DigestFeeds.ContentType + "; charset=utf-8");
        }

        return Results.Json(digest, Abstractions.Json.MatchmakingJson.Options);
    }
}
