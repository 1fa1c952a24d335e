using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Calls;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Grains.Calls;
using Matchmaking.Grains.Coaches;
using Matchmaking.Matching.Themes;
using Orleans;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Http;
using Matchmaking.Silo.OpenApi;

namespace Matchmaking.Silo.Apis;

/// <summary>
/// <c>/api/calls</c>: funding calls (bandi) — list, get, create or replace, delete — and
/// <c>/api/calls/{id}/proposals</c>: teams that could answer an open call.
/// </summary>
public static class CallsApi
{
    private static readonly string[] Statuses = ["open", "upcoming", "closed"];

    public static IEndpointRouteBuilder MapCallsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calls").WithTags("calls");
        group.MapGet("/", List).AllowAnonymous().Answers<Listed<FundingCallDocument>>()
            .Query(QueryParameter.OneOf("status", "Only calls in this state.", "open", "upcoming", "closed"), QueryParameters.Theme, QueryParameter.Text("applicant", "Only calls open to this kind of applicant (e.g. sme, startup, university).")).WithSummary("Funding calls, soonest deadline first; filters status (open, upcoming, closed), theme, applicant.");
        group.MapGet("/{id}", Get).AllowAnonymous().Answers<FundingCallDocument>().WithSummary("A funding call.");
        group.MapPut("/{id}", Put).RequireAuthorization(Policies.Admin).Body<FundingCall>(ApiExamples.Call).Answers<FundingCallDocument>().Answers<FundingCallDocument>(StatusCodes.Status201Created).WithSummary("Creates or replaces a funding call (If-Match for a conditional replace).");
        group.MapDelete("/{id}", Delete).RequireAuthorization(Policies.Admin).Produces(StatusCodes.Status204NoContent).WithSummary("Deletes a funding call.");
        group.MapGet("/{id}/proposals", Proposals).RequireAuthorization(Policies.Coach).Answers<ProposalList>()
            .Query(QueryParameter.Integer("top", "How many teams, 1 to 20 (default 5)."), QueryParameters.Lang).WithSummary("Teams that may apply to an open call, best first (not stored); top, lang.");
        return app;
    }

    private static IResult List(HttpRequest request, CallBoard board, ThemeTaxonomy taxonomy, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var status = Value(request, "status")?.ToLowerInvariant();
        if (status is not null && !Statuses.Contains(status))
        {
            errors["status"] = [$"'{status}' is not one of: {string.Join(", ", Statuses)}."];
        }

        var theme = Value(request, "theme")?.ToLowerInvariant();
        if (theme is not null && !taxonomy.Contains(theme))
        {
            errors["theme"] = [$"Unknown theme '{theme}'. GET /api/themes lists the theme ids."];
        }

        Applicant? applicant = null;
        if (Value(request, "applicant") is { } applicantText)
        {
            if (Applicants.TryParse(applicantText, out var parsed))
            {
                applicant = parsed;
            }
            else
            {
                errors["applicant"] = [$"'{applicantText}' is not one of: {string.Join(", ", Applicants.All.Select(a => a.Name()))}."];
            }
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var today = Today(clock);
        var themes = theme is null ? null : new HashSet<string>([theme, .. taxonomy.Descendants(theme), .. taxonomy.Ancestors(theme)], StringComparer.Ordinal);
        var items = board.All()
            .Where(c => status is null || c.Call.StatusOn(today).ToString().Equals(status, StringComparison.OrdinalIgnoreCase))
            .Where(c => themes is null || c.Call.Themes.Count == 0 || c.Call.Themes.Any(themes.Contains))
            .Where(c => applicant is null || c.Call.Eligible.Contains(applicant.Value))
            .Select(c => CallDocuments.ToDocument(c, today))
            .ToList();
        return Results.Ok(new { items, total = items.Count });
    }

    private static async Task<IResult> Get(string id, IGrainFactory grains, HttpResponse response, TimeProvider clock)
    {
        var stored = ActorIds.IsValid(id) ? await grains.GetGrain<ICallGrain>(id).GetAsync() : null;
        if (stored is null)
        {
            return Problems.NotFound($"call '{id}'");
        }

        response.Headers.ETag = $"\"{stored.Version}\"";
        return Results.Json(CallDocuments.ToDocument(stored, Today(clock)));
    }

    private static async Task<IResult> Put(string id, HttpRequest request, IGrainFactory grains, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (ActorIds.Problem(id) is { } problem)
        {
            return Problems.Invalid("id", problem);
        }

        var body = await JsonBody.ReadObjectAsync(request, JsonBody.ProfileLimit, cancellationToken);
        var call = CallDocuments.FromDocument(id, body);
        var expected = request.Headers.IfMatch.Count > 0 ? request.Headers.IfMatch.ToString().Trim().TrimStart('W', '/').Trim('"') : null;
        var result = await grains.GetGrain<ICallGrain>(id).UpsertAsync(call, expected);
        request.HttpContext.Response.Headers.ETag = $"\"{result.Stored.Version}\"";
        var document = CallDocuments.ToDocument(result.Stored, Today(clock));
        return result.Outcome == WriteOutcome.Created
            ? Results.Json(document, statusCode: StatusCodes.Status201Created)
            : Results.Json(document);
    }

    private static async Task<IResult> Delete(string id, IGrainFactory grains) =>
        ActorIds.IsValid(id) && await grains.GetGrain<ICallGrain>(id).DeleteAsync()
            ? Results.NoContent()
            : Problems.NotFound($"call '{id}'");

    private static async Task<IResult> Proposals(string id, HttpRequest request, IGrainFactory grains, ProposalFormation formation, TimeProvider clock)
    {
        var stored = ActorIds.IsValid(id) ? await grains.GetGrain<ICallGrain>(id).GetAsync() : null;
        if (stored is null)
        {
            return Problems.NotFound($"call '{id}'");
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var top = 5;
        if (Value(request, "top") is { } topText && (!int.TryParse(topText, out top) || top is < 1 or > 20))
        {
            errors["top"] = ["A whole number from 1 to 20."];
        }

        var lang = Value(request, "lang")?.ToLowerInvariant() ?? "it";
        if (!CoachBriefRules.Languages.Contains(lang))
        {
            errors["lang"] = [$"'{lang}' is not one of: {string.Join(", ", CoachBriefRules.Languages)}."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        if (stored.Call.StatusOn(Today(clock)) == CallStatus.Closed)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The call is closed.",
                detail: $"The call '{id}' closed on {stored.Call.Deadline:yyyy-MM-dd}; expired calls get no proposals.");
        }

        return Results.Ok(new ProposalList(await formation.FormForCallAsync(stored.Call, top, lang)));
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static string? Value(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString().Trim() : null;
}
