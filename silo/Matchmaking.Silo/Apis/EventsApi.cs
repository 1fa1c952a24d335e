using System.Security.Claims;
using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Events;
using Matchmaking.Matching.Themes;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Http;
using Orleans;
using Matchmaking.Silo.OpenApi;

namespace Matchmaking.Silo.Apis;

/// <summary>
/// <c>/api/events</c> and <c>/api/courses</c>: the hub's events and courses (one grain type with a kind) — list,
/// get, create or replace, delete — their registrations (<c>…/{id}/registrations</c>) and their iCalendar
/// (<c>…/{id}/calendar</c>); <c>/api/{kinds}/{id}/calendar</c>: the events and courses a member registered for.
/// A draft is shown to its organiser, coaches and admins only (404 for anyone else).
/// </summary>
public static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        foreach (var kind in Enum.GetValues<EventKind>())
        {
            var name = kind.Name();
            var group = app.MapGroup($"/api/{kind.Plural()}").WithTags(kind.Plural());
            group.MapGet("/", (HttpRequest request, EventBoard board, ThemeTaxonomy taxonomy, ClaimsPrincipal user) => List(kind, request, board, taxonomy, Viewer.From(user)))
                .AllowAnonymous()
                .Query(QueryParameter.OneOf("status", "Only events in this state.", "draft", "published", "cancelled", "held"), QueryParameters.Theme,
                    QueryParameter.OneOf("audience", "Only events for this audience.", "companies", "startups", "researchers", "citizens", "schools"))
                .Answers<Listed<EventDocument>>()
                .WithSummary($"The hub's {kind.Plural()}, soonest first; filters status, theme, audience.");
            group.MapGet("/{id}", (string id, IGrainFactory grains, HttpResponse response, ClaimsPrincipal user) => Get(kind, id, grains, response, Viewer.From(user)))
                .AllowAnonymous().Answers<EventDocument>().WithSummary($"A {name} with its seats.");
            group.MapPut("/{id}", (string id, HttpRequest request, IGrainFactory grains, ClaimsPrincipal user, CancellationToken ct) => Put(kind, id, request, grains, Viewer.From(user), ct))
                .RequireAuthorization(Policies.SignedIn).Body<HubEvent>(ApiExamples.Event).Answers<EventDocument>().Answers<EventDocument>(StatusCodes.Status201Created)
                .WithSummary($"Creates or replaces a {name} (coaches and admins; a member for its own actor as organiser; If-Match for a conditional replace).");
            group.MapDelete("/{id}", (string id, IGrainFactory grains, ClaimsPrincipal user) => Delete(kind, id, grains, Viewer.From(user)))
                .RequireAuthorization(Policies.SignedIn).Produces(StatusCodes.Status204NoContent).WithSummary($"Deletes a {name} and its registrations (its organiser, coaches, admins).");
            group.MapGet("/{id}/registrations", (string id, IGrainFactory grains, ClaimsPrincipal user) => Registrations(kind, id, grains, Viewer.From(user)))
                .RequireAuthorization(Policies.SignedIn).Answers<RegistrationsAnswer>().WithSummary($"Who has a seat at a {name} and who waits, in order (its organiser, coaches, admins).");
            group.MapPost("/{id}/registrations", (string id, HttpRequest request, IGrainFactory grains, ClaimsPrincipal user, CancellationToken ct) => Register(kind, id, request, grains, Viewer.From(user), ct))
                .RequireAuthorization(Policies.SignedIn).Body<MemberBody>(ApiExamples.Member).Answers<RegisteredAnswer>().Answers<RegisteredAnswer>(StatusCodes.Status201Created).WithSummary($"Registers a member for a {name}: a seat while there is one, else the waiting list (the member itself, admins).");
            group.MapDelete("/{id}/registrations", (string id, HttpRequest request, IGrainFactory grains, ClaimsPrincipal user, CancellationToken ct) => CancelFromBody(kind, id, request, grains, Viewer.From(user), ct))
                .RequireAuthorization(Policies.SignedIn).Body<MemberBody>(ApiExamples.Member).Answers<CancelledAnswer>().WithSummary($"Cancels the registration of the member in the body ({{\"member\":{{kind,id}}}}); the first waiting member moves up.");
            group.MapDelete("/{id}/registrations/{memberKind}/{memberId}", (string id, string memberKind, string memberId, IGrainFactory grains, ClaimsPrincipal user) =>
                    Cancel(kind, id, memberKind, memberId, grains, Viewer.From(user)))
                .RequireAuthorization(Policies.SignedIn).Answers<CancelledAnswer>().WithSummary($"Cancels a member's registration for a {name} (the member, the organiser, coaches, admins); the first waiting member moves up.");
            group.MapGet("/{id}/speakers", (string id, HttpRequest request, IGrainFactory grains, EventSuggester suggester, ActorDirectory directory, ClaimsPrincipal user) =>
                    Speakers(kind, id, request, grains, suggester, directory, Viewer.From(user)))
                .RequireAuthorization(Policies.SignedIn).Query(QueryParameter.Integer("top", "How many, 1 to 50 (default 10)."), QueryParameters.Lang).Answers<Abstractions.Suggestions.SuggestionList>().WithSummary($"Speakers and teachers for a {name}: researchers and companies that offer its themes, best first, with reasons (its organiser, coaches, admins); top, lang.");
            group.MapGet("/{id}/attendees/{memberKind}/{memberId}/suggestions", (string id, string memberKind, string memberId, HttpRequest request, IGrainFactory grains, EventSuggester suggester, ActorDirectory directory, ClaimsPrincipal user) =>
                    Attendees(kind, id, memberKind, memberId, request, grains, suggester, directory, Viewer.From(user)))
                .RequireAuthorization(Policies.SignedIn).Query(QueryParameter.Integer("top", "How many, 1 to 50 (default 10)."), QueryParameters.Lang).Answers<Abstractions.Suggestions.SuggestionList>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary($"After a {name} is held: its other attendees for one attendee, best first, with reasons (the attendee's member, the organiser, coaches, admins); top, lang.");
            group.MapGet("/{id}/calendar", (string id, HttpRequest request, IGrainFactory grains, ClaimsPrincipal user) => Calendar(kind, id, request, grains, Viewer.From(user)))
                .AllowAnonymous().Query(QueryParameters.Lang).Produces<string>(StatusCodes.Status200OK, EventCalendars.ContentType).WithSummary($"The {name} as iCalendar (text/calendar); lang it or en.");
        }

        foreach (var kind in ActorKinds.All)
        {
            app.MapGet($"/api/{kind.Plural()}/{{id}}/calendar", (string id, HttpRequest request, EventBoard board, ActorDirectory directory, ClaimsPrincipal user) =>
                    MemberCalendar(new ActorRef(kind, id), request, board, directory, Viewer.From(user)))
                .RequireAuthorization(Policies.SignedIn).WithTags("events")
                .Query(QueryParameters.Lang).Produces<string>(StatusCodes.Status200OK, EventCalendars.ContentType)
                .WithSummary($"The events and courses a {kind.Name()} registered for, as iCalendar (its member, coaches, admins); lang it or en.");
            app.MapGet($"/api/{kind.Plural()}/{{id}}/event-suggestions", (string id, HttpRequest request, EventSuggester suggester, ActorDirectory directory, ClaimsPrincipal user) =>
                    EventSuggestions(new ActorRef(kind, id), request, suggester, directory, Viewer.From(user)))
                .RequireAuthorization(Policies.SignedIn).WithTags("events")
                .Query(QueryParameter.Integer("top", "How many, 1 to 50 (default 10)."), QueryParameters.Lang)
                .Answers<Suggested<EventSuggestionAnswer>>()
                .WithSummary($"Upcoming events and courses for a {kind.Name()} by the themes it seeks and works on, best first, with reasons (its member, coaches, admins); top, lang.");
        }

        return app;
    }

    /// <summary>Whether the viewer runs the event: coaches and admins, or the member of its organiser actor.</summary>
    internal static bool CanManage(this Viewer viewer, HubEvent hubEvent) =>
        viewer.IsCoach || (hubEvent.Organiser.Actor is { } organiser && viewer.Owns(organiser));

    /// <summary>Whether the viewer may see the event: published, cancelled and held ones all; drafts their managers.</summary>
    internal static bool CanSee(this Viewer viewer, HubEvent hubEvent) => hubEvent.Status != EventStatus.Draft || viewer.CanManage(hubEvent);

    private static IResult List(EventKind kind, HttpRequest request, EventBoard board, ThemeTaxonomy taxonomy, Viewer viewer)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        EventStatus? status = null;
        if (ApiQueries.Value(request, "status") is { } statusText)
        {
            if (EnumNames<EventStatus>.TryParse(statusText, out var parsed))
            {
                status = parsed;
            }
            else
            {
                errors["status"] = [$"'{statusText}' is not one of: {EnumNames<EventStatus>.List}."];
            }
        }

        var theme = ApiQueries.Value(request, "theme")?.ToLowerInvariant();
        if (theme is not null && !taxonomy.Contains(theme))
        {
            errors["theme"] = [$"Unknown theme '{theme}'. GET /api/themes lists the theme ids."];
        }

        Audience? audience = null;
        if (ApiQueries.Value(request, "audience") is { } audienceText)
        {
            if (EnumNames<Audience>.TryParse(audienceText, out var parsed))
            {
                audience = parsed;
            }
            else
            {
                errors["audience"] = [$"'{audienceText}' is not one of: {EnumNames<Audience>.List}."];
            }
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var themes = theme is null ? null : new HashSet<string>([theme, .. taxonomy.Descendants(theme), .. taxonomy.Ancestors(theme)], StringComparer.Ordinal);
        var items = board.All(kind)
            .Where(e => viewer.CanSee(e.Event))
            .Where(e => status is null || e.Event.Status == status)
            .Where(e => themes is null || e.Event.Themes.Any(themes.Contains))
            .Where(e => audience is null || e.Event.Audience.Contains(audience.Value))
            .Select(EventDocuments.ToDocument)
            .ToList();
        return Results.Ok(new { items, total = items.Count });
    }

    private static async Task<IResult> Get(EventKind kind, string id, IGrainFactory grains, HttpResponse response, Viewer viewer)
    {
        if (await Find(kind, id, grains, viewer) is not { } stored)
        {
            return NotFound(kind, id);
        }

        response.Headers.ETag = $"\"{stored.Version}\"";
        return Results.Json(EventDocuments.ToDocument(stored));
    }

    private static async Task<IResult> Put(EventKind kind, string id, HttpRequest request, IGrainFactory grains, Viewer viewer, CancellationToken cancellationToken)
    {
        if (ActorIds.Problem(id) is { } problem)
        {
            return Problems.Invalid("id", problem);
        }

        var body = await JsonBody.ReadObjectAsync(request, JsonBody.ProfileLimit, cancellationToken);
        var hubEvent = EventDocuments.FromDocument(kind, id, body);
        var grain = grains.GetGrain<IEventGrain>(id);
        var existing = await grain.GetAsync();
        if (!viewer.CanManage(hubEvent) || (existing is not null && !viewer.CanManage(existing.Event)))
        {
            return AccessProblems.Forbidden($"Only coaches, admins and the member of its organiser may write the {kind.Name()} '{id}'.");
        }

        var expected = request.Headers.IfMatch.Count > 0 ? request.Headers.IfMatch.ToString().Trim().TrimStart('W', '/').Trim('"') : null;
        var result = await grain.UpsertAsync(hubEvent, expected);
        request.HttpContext.Response.Headers.ETag = $"\"{result.Stored.Version}\"";
        var document = EventDocuments.ToDocument(result.Stored);
        return result.Outcome == WriteOutcome.Created
            ? Results.Json(document, statusCode: StatusCodes.Status201Created)
            : Results.Json(document);
    }

    private static async Task<IResult> Delete(EventKind kind, string id, IGrainFactory grains, Viewer viewer)
    {
        if (await Find(kind, id, grains, viewer) is not { } stored)
        {
            return NotFound(kind, id);
        }

        if (!viewer.CanManage(stored.Event))
        {
            return AccessProblems.Forbidden($"Only coaches, admins and the member of its organiser may delete the {kind.Name()} '{id}'.");
        }

        return await grains.GetGrain<IEventGrain>(id).DeleteAsync() ? Results.NoContent() : NotFound(kind, id);
    }

    private static async Task<IResult> Registrations(EventKind kind, string id, IGrainFactory grains, Viewer viewer)
    {
        if (await Find(kind, id, grains, viewer) is not { } stored)
        {
            return NotFound(kind, id);
        }

        return viewer.CanManage(stored.Event)
            ? Results.Json(EventDocuments.ToRegistrations(stored))
            : AccessProblems.Forbidden($"Only coaches, admins and the member of its organiser may read who registered for the {kind.Name()} '{id}'.");
    }

    private static async Task<IResult> Register(EventKind kind, string id, HttpRequest request, IGrainFactory grains, Viewer viewer, CancellationToken cancellationToken)
    {
        if (await Find(kind, id, grains, viewer) is null)
        {
            return NotFound(kind, id);
        }

        var member = await MemberFromBodyAsync(request, viewer, cancellationToken);
        if (!viewer.CanEdit(member))
        {
            return AccessProblems.Forbidden($"Only the member of {member} and admins may register it.");
        }

        var result = await grains.GetGrain<IEventGrain>(id).RegisterAsync(member);
        var answer = new
        {
            member = new { kind = member.Kind.Name(), id = member.Id },
            status = EnumNames<RegistrationStatus>.Name(result.Status),
            position = result.Position,
            @event = EventDocuments.ToDocument(result.Stored),
        };
        return Results.Json(answer, MatchmakingJson.Options, statusCode: result.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> CancelFromBody(EventKind kind, string id, HttpRequest request, IGrainFactory grains, Viewer viewer, CancellationToken cancellationToken)
    {
        if (await Find(kind, id, grains, viewer) is not { } stored)
        {
            return NotFound(kind, id);
        }

        return await CancelAsync(kind, stored, await MemberFromBodyAsync(request, viewer, cancellationToken), grains, viewer);
    }

    private static async Task<IResult> Cancel(EventKind kind, string id, string memberKind, string memberId, IGrainFactory grains, Viewer viewer)
    {
        if (await Find(kind, id, grains, viewer) is not { } stored)
        {
            return NotFound(kind, id);
        }

        if (!ActorKinds.TryParse(memberKind, out var parsedKind) || !ActorIds.IsValid(memberId))
        {
            return Problems.NotFound($"registration of {memberKind}/{memberId} for the {kind.Name()} '{id}'");
        }

        return await CancelAsync(kind, stored, new ActorRef(parsedKind, memberId), grains, viewer);
    }

    private static async Task<IResult> CancelAsync(EventKind kind, StoredEvent stored, ActorRef member, IGrainFactory grains, Viewer viewer)
    {
        if (!viewer.CanEdit(member) && !viewer.CanManage(stored.Event))
        {
            return AccessProblems.Forbidden($"Only the member of {member}, the {kind.Name()}'s organiser, coaches and admins may cancel this registration.");
        }

        var result = await grains.GetGrain<IEventGrain>(stored.Id).CancelRegistrationAsync(member);
        var answer = new
        {
            cancelled = new { kind = member.Kind.Name(), id = member.Id },
            movedUp = result.MovedUp is { } moved ? new { kind = moved.Kind.Name(), id = moved.Id } : null,
            @event = EventDocuments.ToDocument(result.Stored),
        };
        return Results.Json(answer, MatchmakingJson.Options);
    }

    private static async Task<IResult> Calendar(EventKind kind, string id, HttpRequest request, IGrainFactory grains, Viewer viewer)
    {
        if (ApiQueries.Language(request) is not { } language)
        {
            return Problems.Invalid("lang", "'it' or 'en'.");
        }

        if (await Find(kind, id, grains, viewer) is not { } stored)
        {
            return NotFound(kind, id);
        }

        return Results.Text(EventCalendars.Write([stored], language, request.Host.Host), EventCalendars.ContentType);
    }

    private static Task<IResult> MemberCalendar(ActorRef member, HttpRequest request, EventBoard board, ActorDirectory directory, Viewer viewer)
    {
        if (SuggestionsApi.Allowed(member, viewer, directory) is { } refused)
        {
            return refused;
        }

        if (ApiQueries.Language(request) is not { } language)
        {
            return Task.FromResult(Problems.Invalid("lang", "'it' or 'en'."));
        }

        return Task.FromResult(Results.Text(EventCalendars.Write(board.Of(member), language, request.Host.Host), EventCalendars.ContentType));
    }

    private static async Task<IResult> EventSuggestions(ActorRef actor, HttpRequest request, EventSuggester suggester, ActorDirectory directory, Viewer viewer)
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
            kind = s.Stored.Event.Kind.Name(),
            title = s.Stored.Event.Title.In(language),
            start = EventDocuments.ToDocument(s.Stored)["start"]!.GetValue<string>(),
            score = s.Score,
            reasons = s.Reasons,
        }).ToList();
        return Results.Ok(new { items });
    }

    private static async Task<IResult> Speakers(EventKind kind, string id, HttpRequest request, IGrainFactory grains, EventSuggester suggester, ActorDirectory directory, Viewer viewer)
    {
        if (await Find(kind, id, grains, viewer) is not { } stored)
        {
            return NotFound(kind, id);
        }

        if (!viewer.CanManage(stored.Event))
        {
            return AccessProblems.Forbidden($"Only coaches, admins and the member of its organiser may look for speakers for the {kind.Name()} '{id}'.");
        }

        if (ApiQueries.ReadPaging(request, out var language, out var top) is { } invalid)
        {
            return invalid;
        }

        return Results.Ok(Visible(suggester.SpeakersFor(stored, language, top), directory, viewer));
    }

    private static async Task<IResult> Attendees(EventKind kind, string id, string memberKind, string memberId, HttpRequest request, IGrainFactory grains, EventSuggester suggester, ActorDirectory directory, Viewer viewer)
    {
        if (await Find(kind, id, grains, viewer) is not { } stored)
        {
            return NotFound(kind, id);
        }

        if (!ActorKinds.TryParse(memberKind, out var parsedKind) || !ActorIds.IsValid(memberId))
        {
            return Problems.NotFound($"attendee {memberKind}/{memberId} of the {kind.Name()} '{id}'");
        }

        var attendee = new ActorRef(parsedKind, memberId);
        if (!viewer.CanEdit(attendee) && !viewer.CanManage(stored.Event))
        {
            return AccessProblems.Forbidden($"Only the member of {attendee}, the {kind.Name()}'s organiser, coaches and admins may read these suggestions.");
        }

        if (ApiQueries.ReadPaging(request, out var language, out var top) is { } invalid)
        {
            return invalid;
        }

        return Results.Ok(Visible(suggester.AttendeesFor(stored, attendee, language, top), directory, viewer));
    }

    private static Abstractions.Suggestions.SuggestionList Visible(IReadOnlyList<Abstractions.Suggestions.SuggestionItem> items, ActorDirectory directory, Viewer viewer) =>
        new([.. items.Where(i => directory.ExistsFor(new ActorRef(i.Kind, i.Id), viewer))]);

    // lang (it, en) and top (1..50, default 10), or null when either is wrong.
    // The event of this kind that the viewer may see, else null (unknown, of the other kind, or a draft not theirs: 404).
    private static async Task<StoredEvent?> Find(EventKind kind, string id, IGrainFactory grains, Viewer viewer)
    {
        var stored = ActorIds.IsValid(id) ? await grains.GetGrain<IEventGrain>(id).GetAsync() : null;
        return stored is not null && stored.Event.Kind == kind && viewer.CanSee(stored.Event) ? stored : null;
    }

    private static async Task<ActorRef> MemberFromBodyAsync(HttpRequest request, Viewer viewer, CancellationToken cancellationToken)
    {
        var body = request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.ContentType.Any()) ? null
            : await JsonBody.ReadObjectAsync(request, JsonBody.ProfileLimit, cancellationToken);
        var member = body is null ? null : StrictBodies.Read<RegistrationBody>(body, "a registration").Member;
        return member ?? viewer.Actor ?? throw new Abstractions.Errors.ValidationFailedException(new Dictionary<string, string[]>
        {
            ["member"] = ["Name the member to register: {\"member\":{\"kind\":\"startup\",\"id\":\"…\"}}."],
        });
    }

    private static IResult NotFound(EventKind kind, string id) => Problems.NotFound($"{kind.Name()} '{id}'");

    /// <summary>The body of a registration or its cancellation: the member (a member's own actor when left out).</summary>
    private sealed record RegistrationBody(ActorRef? Member);
}
