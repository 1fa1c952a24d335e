using System.Security.Claims;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Spaces;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Spaces;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Http;
using Matchmaking.Silo.OpenApi;
using Orleans;

namespace Matchmaking.Silo.Apis;

/// <summary>
/// <c>/api/spaces</c>: the co-working spaces of the territory — list, get, create or replace (coaches and admins),
/// delete (admins) — and their accreditation (<c>…/{id}/accreditation</c>, the hub manager's: admins). The public
/// sees accredited spaces only; coaches and admins see every space. <c>/api/startups/{id}/spaces</c>: accredited
/// spaces near a startup with desks free.
/// </summary>
public static class SpacesApi
{
    public static IEndpointRouteBuilder MapSpacesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/spaces").WithTags("spaces");
        group.MapGet("/", (HttpRequest request, SpaceBoard board, ClaimsPrincipal user) => List(request, board, Viewer.From(user)))
            .AllowAnonymous()
            .Query(QueryParameter.OneOf("accreditation", "Only spaces in this state (coaches and admins; the public sees accredited spaces only).", "pending", "accredited", "withdrawn"),
                QueryParameters.Province, QueryParameter.Boolean("free", "Only spaces with desks free."))
            .Answers<Listed<CoworkingSpaceDocument>>()
            .WithSummary("The co-working spaces, by name; filters accreditation, province, free.");
        group.MapGet("/{id}", (string id, IGrainFactory grains, HttpResponse response, ClaimsPrincipal user) => Get(id, grains, response, Viewer.From(user)))
            .AllowAnonymous().Answers<CoworkingSpaceDocument>().WithSummary("A co-working space with its accreditation.");
        group.MapPut("/{id}", (string id, HttpRequest request, IGrainFactory grains, ClaimsPrincipal user, CancellationToken ct) => Put(id, request, grains, Viewer.From(user), ct))
            .RequireAuthorization(Policies.Coach).Body<CoworkingSpace>(ApiExamples.Space).Answers<CoworkingSpaceDocument>().Answers<CoworkingSpaceDocument>(StatusCodes.Status201Created)
            .WithSummary("Creates or replaces a co-working space's description (coaches and admins; its accreditation is kept; If-Match for a conditional replace).");
        group.MapDelete("/{id}", (string id, IGrainFactory grains) => Delete(id, grains))
            .RequireAuthorization(Policies.Admin).Produces(StatusCodes.Status204NoContent).WithSummary("Deletes a co-working space (admins).");
        group.MapPost("/{id}/accreditation", (string id, HttpRequest request, IGrainFactory grains, ClaimsPrincipal user, CancellationToken ct) => Accredit(id, request, grains, Viewer.From(user), ct))
            .RequireAuthorization(Policies.Admin).Body<AccreditationBody>(ApiExamples.Accreditation).Answers<CoworkingSpaceDocument>()
            .WithSummary("Accredits a space ({\"accredited\":true}) or withdraws its accreditation ({\"accredited\":false}), with an optional note (the hub manager: admins).");

        app.MapGet("/api/startups/{id}/spaces", (string id, HttpRequest request, SpaceSuggester suggester, ActorDirectory directory, ClaimsPrincipal user) =>
                ForStartup(new ActorRef(ActorKind.Startup, id), request, suggester, directory, Viewer.From(user)))
            .RequireAuthorization(Policies.SignedIn).WithTags("spaces")
            .Query(QueryParameter.Integer("top", "How many, 1 to 50 (default 10)."), QueryParameters.Lang)
            .Answers<Suggested<SpaceSuggestionAnswer>>()
            .WithSummary("Accredited co-working spaces near a startup with desks free, nearest first, with reasons (its member, coaches, admins); top, lang.");
        return app;
    }

    private static IResult List(HttpRequest request, SpaceBoard board, Viewer viewer)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        AccreditationStatus? status = viewer.IsCoach ? null : AccreditationStatus.Accredited;
        if (ApiQueries.Value(request, "accreditation") is { } text)
        {
            if (!EnumNames<AccreditationStatus>.TryParse(text, out var parsed))
            {
                errors["accreditation"] = [$"'{text}' is not one of: {EnumNames<AccreditationStatus>.List}."];
            }
            else if (!viewer.IsCoach && parsed != AccreditationStatus.Accredited)
            {
                return AccessProblems.Forbidden("Only coaches and admins see spaces that are not accredited.");
            }
            else
            {
                status = parsed;
            }
        }

        var province = ApiQueries.Value(request, "province")?.ToUpperInvariant();
        if (province is not null && (province.Length != 2 || !province.All(char.IsAsciiLetterUpper)))
        {
            errors["province"] = ["A two-letter province code such as CR or BS."];
        }

        bool? free = null;
        if (ApiQueries.Value(request, "free") is { } freeText)
        {
            if (bool.TryParse(freeText, out var parsed))
            {
                free = parsed;
            }
            else
            {
                errors["free"] = ["true or false."];
            }
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var items = board.All()
            .Where(s => status is null || s.Accreditation.Status == status)
            .Where(s => province is null || string.Equals(s.Space.Location.Province, province, StringComparison.Ordinal))
            .Where(s => free is null || (s.Space.FreeSeats is > 0) == free)
            .Select(s => SpaceDocuments.ToDocument(s, viewer.IsCoach))
            .ToList();
        return Results.Ok(new { items, total = items.Count });
    }

    private static async Task<IResult> Get(string id, IGrainFactory grains, HttpResponse response, Viewer viewer)
    {
        if (await Find(id, grains, viewer) is not { } stored)
        {
            return NotFound(id);
        }

        response.Headers.ETag = $"\"{stored.Version}\"";
        return Results.Json(SpaceDocuments.ToDocument(stored, viewer.IsCoach));
    }

    private static async Task<IResult> Put(string id, HttpRequest request, IGrainFactory grains, Viewer viewer, CancellationToken cancellationToken)
    {
        if (ActorIds.Problem(id) is { } problem)
        {
            return Problems.Invalid("id", problem);
        }

        var body = await JsonBody.ReadObjectAsync(request, JsonBody.ProfileLimit, cancellationToken);
        var space = SpaceDocuments.FromDocument(id, body);
        var expected = request.Headers.IfMatch.Count > 0 ? request.Headers.IfMatch.ToString().Trim().TrimStart('W', '/').Trim('"') : null;
        var result = await grains.GetGrain<ISpaceGrain>(id).UpsertAsync(space, expected);
        request.HttpContext.Response.Headers.ETag = $"\"{result.Stored.Version}\"";
        var document = SpaceDocuments.ToDocument(result.Stored, viewer.IsCoach);
        return result.Outcome == WriteOutcome.Created
            ? Results.Json(document, statusCode: StatusCodes.Status201Created)
            : Results.Json(document);
    }

    private static async Task<IResult> Delete(string id, IGrainFactory grains) =>
        ActorIds.IsValid(id) && await grains.GetGrain<ISpaceGrain>(id).DeleteAsync() ? Results.NoContent() : NotFound(id);

    private static async Task<IResult> Accredit(string id, HttpRequest request, IGrainFactory grains, Viewer viewer, CancellationToken cancellationToken)
    {
        if (await Find(id, grains, viewer) is null)
        {
            return NotFound(id);
        }

        var body = StrictBodies.Read<AccreditationBody>(await JsonBody.ReadObjectAsync(request, JsonBody.ProfileLimit, cancellationToken), "an accreditation");
        if (body.Accredited is not { } accredited)
        {
            return Problems.Invalid("accredited", "true to accredit the space, false to withdraw its accreditation.");
        }

        var stored = await grains.GetGrain<ISpaceGrain>(id).AccreditAsync(accredited, viewer.UserId!, body.Note);
        return Results.Json(SpaceDocuments.ToDocument(stored, showAccreditor: true));
    }

    private static async Task<IResult> ForStartup(ActorRef actor, HttpRequest request, SpaceSuggester suggester, ActorDirectory directory, Viewer viewer)
    {
        if (SuggestionsApi.Allowed(actor, viewer, directory) is { } refused)
        {
            return await refused;
        }

        if (ApiQueries.ReadPaging(request, out var language, out var top) is { } invalid)
        {
            return invalid;
        }

        var items = suggester.ForActor(actor, language, top).Select(s => new
        {
            id = s.Stored.Id,
            name = s.Stored.Space.Name,
            municipality = s.Stored.Space.Location.Municipality,
            province = s.Stored.Space.Location.Province,
            freeSeats = s.Stored.Space.FreeSeats,
            dayPrice = s.Stored.Space.DayPrice,
            score = s.Score,
            reasons = s.Reasons,
        }).ToList();
        return Results.Ok(new { items });
    }

    // The space the viewer may see, else null: unknown, or not accredited and the viewer not a coach or admin (404).
    private static async Task<StoredSpace?> Find(string id, IGrainFactory grains, Viewer viewer)
    {
        var stored = ActorIds.IsValid(id) ? await grains.GetGrain<ISpaceGrain>(id).GetAsync() : null;
        return stored is not null && (stored.IsAccredited || viewer.IsCoach) ? stored : null;
    }

    private static IResult NotFound(string id) => Problems.NotFound($"co-working space '{id}'");
}
