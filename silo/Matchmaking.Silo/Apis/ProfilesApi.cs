using System.Security.Claims;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Directory;
using Matchmaking.Matching.Themes;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Http;
using Matchmaking.Silo.OpenApi;

namespace Matchmaking.Silo.Apis;

/// <summary><c>/api/companies</c>, <c>/api/startups</c>, <c>/api/researchers</c>: profiles; <c>/api/actors</c>: all kinds.</summary>
public static class ProfilesApi
{
    public static IEndpointRouteBuilder MapProfilesApi(this IEndpointRouteBuilder app)
    {
        foreach (var kind in ActorKinds.All)
        {
            var group = app.MapGroup($"/api/{kind.Plural()}").WithTags(kind.Plural());
            group.MapGet("/", (HttpRequest request, ActorDirectory directory, ThemeTaxonomy taxonomy, ClaimsPrincipal user) => List(request, directory, taxonomy, kind, Viewer.From(user)))
                .AllowAnonymous()
                .Query(QueryParameters.Directory)
                .Answers<Page<ActorSummary>>()
                .WithSummary($"Lists {kind.Plural()} with filters theme, province, q, page, pageSize.");
            group.MapGet("/{id}", (string id, ProfileCatalog catalog, HttpResponse response, ClaimsPrincipal user) => Get(kind, id, catalog, response, Viewer.From(user)))
                .AllowAnonymous()
                .Produces(StatusCodes.Status200OK, DocumentType(kind))
                .WithSummary($"A {kind.Name()}'s profile.");
            group.MapPut("/{id}", (string id, HttpRequest request, ProfileCatalog catalog, ClaimsPrincipal user, CancellationToken ct) =>
                    Viewer.From(user).CanEdit(new ActorRef(kind, id)) ? Put(kind, id, request, catalog, ct) : Task.FromResult(NotYours(kind, id)))
                .RequireAuthorization(Policies.SignedIn)
                .Body(ProfileType(kind), ProfileExample(kind))
                .Produces(StatusCodes.Status200OK, DocumentType(kind))
                .Produces(StatusCodes.Status201Created, DocumentType(kind))
                .WithSummary($"Creates or replaces a {kind.Name()}'s profile (If-Match for a conditional replace).");
            group.MapDelete("/{id}", (string id, ProfileCatalog catalog, ClaimsPrincipal user) =>
                    Viewer.From(user).CanEdit(new ActorRef(kind, id)) ? Delete(kind, id, catalog) : Task.FromResult(NotYours(kind, id)))
                .RequireAuthorization(Policies.SignedIn)
                .Produces(StatusCodes.Status204NoContent)
                .WithSummary($"Deletes a {kind.Name()}.");
        }

        app.MapGet("/api/actors", (HttpRequest request, ActorDirectory directory, ThemeTaxonomy taxonomy, ClaimsPrincipal user) => List(request, directory, taxonomy, null, Viewer.From(user)))
            .AllowAnonymous()
            .WithTags("actors")
            .Query([QueryParameter.OneOf("kind", "Only actors of this kind.", "company", "startup", "researcher"), .. QueryParameters.Directory])
            .Answers<Page<ActorSummary>>()
            .WithSummary("Lists actors of every kind with filters kind, theme, province, q, page, pageSize.");
        return app;
    }

    private static Type ProfileType(ActorKind kind) => kind switch
    {
        ActorKind.Company => typeof(CompanyProfile),
        ActorKind.Startup => typeof(StartupProfile),
        _ => typeof(ResearcherProfile),
    };

    // The answer: the profile's fields with the document's envelope (ProfileDocuments).
    private static Type DocumentType(ActorKind kind) => kind switch
    {
        ActorKind.Company => typeof(CompanyDocument),
        ActorKind.Startup => typeof(StartupDocument),
        _ => typeof(ResearcherDocument),
    };

    private static string ProfileExample(ActorKind kind) => kind switch
    {
        ActorKind.Company => ApiExamples.Company,
        ActorKind.Startup => ApiExamples.Startup,
        _ => ApiExamples.Researcher,
    };

    private static IResult List(HttpRequest request, ActorDirectory directory, ThemeTaxonomy taxonomy, ActorKind? kind, Viewer viewer)
    {
        var (query, errors) = ListQueries.Read(request.Query, taxonomy, kind);
        return query is null ? Problems.Invalid(errors) : Results.Ok(directory.Query(query with { Visible = viewer.Filter() }));
    }

    // Only an admin or the actor's own member writes a profile.
    private static IResult NotYours(ActorKind kind, string id) =>
        AccessProblems.Forbidden($"Only an admin or the member of {kind.Name()} '{id}' may change it.");

    private static async Task<IResult> Get(ActorKind kind, string id, ProfileCatalog catalog, HttpResponse response, Viewer viewer)
    {
        if (!ActorIds.IsValid(id))
        {
            return Problems.NotFound($"{kind.Name()} '{id}'");
        }

        JsonObject? document;
        try
        {
            document = await catalog.GetAsync(kind, id);
        }
        catch (UnreadableRecordException) when (!viewer.CanEdit(new ActorRef(kind, id)))
        {
            // Its visibility cannot be read: to anyone who may not repair it, it is as unknown as a hidden one.
            return Problems.NotFound($"{kind.Name()} '{id}'");
        }

        if (document is null || !viewer.CanSee(VisibleActors.VisibilityOf(document), new ActorRef(kind, id)))
        {
            return Problems.NotFound($"{kind.Name()} '{id}'");
        }

        response.Headers.ETag = Quote(document["version"]!.GetValue<string>());
        return Results.Json(document, statusCode: StatusCodes.Status200OK);
    }

    private static async Task<IResult> Put(ActorKind kind, string id, HttpRequest request, ProfileCatalog catalog, CancellationToken cancellationToken)
    {
        if (ActorIds.Problem(id) is { } problem)
        {
            return Problems.Invalid("id", problem);
        }

        var body = await JsonBody.ReadObjectAsync(request, JsonBody.ProfileLimit, cancellationToken);
        var expected = request.Headers.IfMatch.Count > 0 ? Unquote(request.Headers.IfMatch.ToString()) : null;
        var (document, outcome) = await catalog.PutAsync(kind, id, body, expected);
        request.HttpContext.Response.Headers.ETag = Quote(document["version"]!.GetValue<string>());
        return outcome == WriteOutcome.Created
            ? Results.Json(document, statusCode: StatusCodes.Status201Created)
            : Results.Json(document);
    }

    private static async Task<IResult> Delete(ActorKind kind, string id, ProfileCatalog catalog) =>
        ActorIds.IsValid(id) && await catalog.DeleteAsync(kind, id)
            ? Results.NoContent()
            : Problems.NotFound($"{kind.Name()} '{id}'");

    private static string Quote(string version) => $"\"{version}\"";

    private static string Unquote(string header) => header.Trim().TrimStart('W', '/').Trim('"');
}
