using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Directory;
using Matchmaking.Matching.Themes;
using Matchmaking.Silo.Http;

namespace Matchmaking.Silo.Apis;

/// <summary><c>/api/companies</c>, <c>/api/startups</c>, <c>/api/researchers</c>: profiles; <c>/api/actors</c>: all kinds.</summary>
public static class ProfilesApi
{
    public static IEndpointRouteBuilder MapProfilesApi(this IEndpointRouteBuilder app)
    {
        foreach (var kind in ActorKinds.All)
        {
            var group = app.MapGroup($"/api/{kind.Plural()}").WithTags(kind.Plural());
            group.MapGet("/", (HttpRequest request, ActorDirectory directory, ThemeTaxonomy taxonomy) => List(request, directory, taxonomy, kind))
                .WithSummary($"Lists {kind.Plural()} with filters theme, province, q, page, pageSize.");
            group.MapGet("/{id}", (string id, ProfileCatalog catalog, HttpResponse response) => Get(kind, id, catalog, response))
                .WithSummary($"A {kind.Name()}'s profile.");
            group.MapPut("/{id}", (string id, HttpRequest request, ProfileCatalog catalog, CancellationToken ct) => Put(kind, id, request, catalog, ct))
                .WithSummary($"Creates or replaces a {kind.Name()}'s profile (If-Match for a conditional replace).");
            group.MapDelete("/{id}", (string id, ProfileCatalog catalog) => Delete(kind, id, catalog))
                .WithSummary($"Deletes a {kind.Name()}.");
        }

        app.MapGet("/api/actors", (HttpRequest request, ActorDirectory directory, ThemeTaxonomy taxonomy) => List(request, directory, taxonomy, null))
            .WithTags("actors")
            .WithSummary("Lists actors of every kind with filters kind, theme, province, q, page, pageSize.");
        return app;
    }

    private static IResult List(HttpRequest request, ActorDirectory directory, ThemeTaxonomy taxonomy, ActorKind? kind)
    {
        var (query, errors) = ListQueries.Read(request.Query, taxonomy, kind);
        return query is null ? Problems.Invalid(errors) : Results.Ok(directory.Query(query));
    }

    private static async Task<IResult> Get(ActorKind kind, string id, ProfileCatalog catalog, HttpResponse response)
    {
        if (!ActorIds.IsValid(id))
        {
            return Problems.NotFound($"{kind.Name()} '{id}'");
        }

        var document = await catalog.GetAsync(kind, id);
        if (document is null)
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
