using System.Security.Claims;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Vouchers;
using Matchmaking.Grains.Vouchers;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Http;
using Matchmaking.Silo.OpenApi;
using Orleans;

namespace Matchmaking.Silo.Apis;

/// <summary>
/// <c>/api/voucher-programmes</c>: voucher programmes (public: what they offer and what is left), written by the hub
/// manager (admins); their vouchers beneath them — issued by admins, spent at an accredited space by admins or the
/// member holding one, revoked by admins — and their ledger as JSON and CSV (admins).
/// </summary>
public static class VoucherProgrammesApi
{
    public static IEndpointRouteBuilder MapVoucherProgrammesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/voucher-programmes").WithTags("vouchers");
        group.MapGet("/", (ProgrammeBoard board) => Results.Ok(Listed(board)))
            .AllowAnonymous().Answers<Listed<VoucherProgrammeDocument>>().WithSummary("The voucher programmes, latest window first, with what is committed, spent and left.");
        group.MapGet("/{id}", (string id, IGrainFactory grains, HttpResponse response) => Get(id, grains, response))
            .AllowAnonymous().Answers<VoucherProgrammeDocument>().WithSummary("A voucher programme with its totals.");
        group.MapPut("/{id}", (string id, HttpRequest request, IGrainFactory grains, CancellationToken ct) => Put(id, request, grains, ct))
            .RequireAuthorization(Policies.Admin).Body<VoucherProgramme>(ApiExamples.VoucherProgramme).Answers<VoucherProgrammeDocument>().Answers<VoucherProgrammeDocument>(StatusCodes.Status201Created)
            .WithSummary("Creates or replaces a voucher programme (admins; the budget never below what is issued; If-Match for a conditional replace).");
        group.MapDelete("/{id}", (string id, IGrainFactory grains) => Delete(id, grains))
            .RequireAuthorization(Policies.Admin).Produces(StatusCodes.Status204NoContent).WithSummary("Deletes a voucher programme that has issued no voucher (admins; 409 once it has).");
        group.MapGet("/{id}/vouchers", (string id, IGrainFactory grains) => Vouchers(id, grains))
            .RequireAuthorization(Policies.Admin).Answers<Listed<VoucherAnswer>>().WithSummary("The programme's vouchers in order of issue (admins).");
        group.MapPost("/{id}/vouchers", (string id, HttpRequest request, IGrainFactory grains, ClaimsPrincipal user, CancellationToken ct) => Issue(id, request, grains, Viewer.From(user), ct))
            .RequireAuthorization(Policies.Admin).Body<IssueBody>(ApiExamples.Issue).Answers<VoucherChange>(StatusCodes.Status201Created)
            .WithSummary("Issues a voucher to an eligible person or actor while the budget lasts (admins; 409 when it is spent, the window is closed or the holder has one).");
        group.MapGet("/{id}/vouchers/{voucherId}", (string id, string voucherId, IGrainFactory grains, ClaimsPrincipal user) => GetVoucher(id, voucherId, grains, Viewer.From(user)))
            .RequireAuthorization(Policies.SignedIn).Answers<VoucherAnswer>().WithSummary("A voucher (admins, and the member of the actor holding it).");
        group.MapPost("/{id}/vouchers/{voucherId}/spend", (string id, string voucherId, HttpRequest request, IGrainFactory grains, ClaimsPrincipal user, CancellationToken ct) =>
                Spend(id, voucherId, request, grains, Viewer.From(user), ct))
            .RequireAuthorization(Policies.SignedIn).Body<SpendBody>(ApiExamples.Spend).Answers<VoucherChange>()
            .WithSummary("Spends a voucher at an accredited space, once, within the window (admins, and the member of the actor holding it).");
        group.MapPost("/{id}/vouchers/{voucherId}/revoke", (string id, string voucherId, IGrainFactory grains, ClaimsPrincipal user) => Revoke(id, voucherId, grains, Viewer.From(user)))
            .RequireAuthorization(Policies.Admin).Answers<VoucherChange>().WithSummary("Takes back a voucher not spent: its value returns to the budget (admins; 409 when spent).");
        group.MapGet("/{id}/ledger", (string id, IGrainFactory grains) => Ledger(id, grains, csv: false))
            .RequireAuthorization(Policies.Admin).Answers<LedgerAnswer>().WithSummary("The programme's ledger, in order, with its totals (admins).");
        group.MapGet("/{id}/ledger.csv", (string id, IGrainFactory grains) => Ledger(id, grains, csv: true))
            .RequireAuthorization(Policies.Admin).Produces<string>(StatusCodes.Status200OK, "text/csv").WithSummary("The programme's ledger as CSV, one line per entry (admins).");
        return app;
    }

    private static object Listed(ProgrammeBoard board)
    {
        var items = board.All().Select(VoucherDocuments.ToDocument).ToList();
        return new { items, total = items.Count };
    }

    private static async Task<IResult> Get(string id, IGrainFactory grains, HttpResponse response)
    {
        if (await Find(id, grains) is not { } stored)
        {
            return NotFound(id);
        }

        response.Headers.ETag = $"\"{stored.Version}\"";
        return Results.Json(VoucherDocuments.ToDocument(stored));
    }

    private static async Task<IResult> Put(string id, HttpRequest request, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (ActorIds.Problem(id) is { } problem)
        {
            return Problems.Invalid("id", problem);
        }

        var programme = VoucherDocuments.FromDocument(id, await JsonBody.ReadObjectAsync(request, JsonBody.ProfileLimit, cancellationToken));
        var expected = request.Headers.IfMatch.Count > 0 ? request.Headers.IfMatch.ToString().Trim().TrimStart('W', '/').Trim('"') : null;
        var result = await grains.GetGrain<IVoucherProgrammeGrain>(id).UpsertAsync(programme, expected);
        request.HttpContext.Response.Headers.ETag = $"\"{result.Stored.Version}\"";
        var document = VoucherDocuments.ToDocument(result.Stored);
        return result.Outcome == WriteOutcome.Created ? Results.Json(document, statusCode: StatusCodes.Status201Created) : Results.Json(document);
    }

    private static async Task<IResult> Delete(string id, IGrainFactory grains) =>
        ActorIds.IsValid(id) && await grains.GetGrain<IVoucherProgrammeGrain>(id).DeleteAsync() ? Results.NoContent() : NotFound(id);

    private static async Task<IResult> Vouchers(string id, IGrainFactory grains)
    {
        if (await Find(id, grains) is not { } stored)
        {
            return NotFound(id);
        }

        var items = stored.Vouchers.Select(v => VoucherDocuments.ToDocument(id, v)).ToList();
        return Results.Ok(new { items, total = items.Count });
    }

    private static async Task<IResult> Issue(string id, HttpRequest request, IGrainFactory grains, Viewer viewer, CancellationToken cancellationToken)
    {
        if (await Find(id, grains) is null)
        {
            return NotFound(id);
        }

        var body = StrictBodies.Read<IssueBody>(await JsonBody.ReadObjectAsync(request, JsonBody.ProfileLimit, cancellationToken), "a voucher's holder");
        if (body.Holder is not { } holder)
        {
            return Problems.Invalid("holder", "Name the holder: a person ({\"name\", \"birthDate\"}) or an actor ({\"actor\": {\"kind\", \"id\"}}).");
        }

        var result = await grains.GetGrain<IVoucherProgrammeGrain>(id).IssueAsync(holder, viewer.UserId!);
        return Results.Json(Answer(result), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> GetVoucher(string id, string voucherId, IGrainFactory grains, Viewer viewer)
    {
        if (await Find(id, grains) is not { } stored || stored.Voucher(voucherId) is not { } voucher)
        {
            return VoucherNotFound(id, voucherId);
        }

        return CanUse(viewer, voucher)
            ? Results.Json(VoucherDocuments.ToDocument(id, voucher))
            : AccessProblems.Forbidden($"Only admins and the member of its holder may read the voucher {voucherId}.");
    }

    private static async Task<IResult> Spend(string id, string voucherId, HttpRequest request, IGrainFactory grains, Viewer viewer, CancellationToken cancellationToken)
    {
        if (await Find(id, grains) is not { } stored || stored.Voucher(voucherId) is not { } voucher)
        {
            return VoucherNotFound(id, voucherId);
        }

        if (!CanUse(viewer, voucher))
        {
            return AccessProblems.Forbidden($"Only admins and the member of its holder may spend the voucher {voucherId}.");
        }

        var body = StrictBodies.Read<SpendBody>(await JsonBody.ReadObjectAsync(request, JsonBody.ProfileLimit, cancellationToken), "a spend");
        if (body.Space is null)
        {
            return Problems.Invalid("space", "Name the accredited co-working space where the voucher is spent (its id).");
        }

        return Results.Json(Answer(await grains.GetGrain<IVoucherProgrammeGrain>(id).SpendAsync(voucherId, body.Space, viewer.UserId!)));
    }

    private static async Task<IResult> Revoke(string id, string voucherId, IGrainFactory grains, Viewer viewer)
    {
        if (await Find(id, grains) is not { } stored || stored.Voucher(voucherId) is null)
        {
            return VoucherNotFound(id, voucherId);
        }

        return Results.Json(Answer(await grains.GetGrain<IVoucherProgrammeGrain>(id).RevokeAsync(voucherId, viewer.UserId!)));
    }

    private static async Task<IResult> Ledger(string id, IGrainFactory grains, bool csv)
    {
        if (await Find(id, grains) is not { } stored)
        {
            return NotFound(id);
        }

        return csv
            ? Results.Text(VoucherDocuments.ToCsv(stored), VoucherDocuments.CsvContentType)
            : Results.Json(VoucherDocuments.ToLedger(stored));
    }

    private static bool CanUse(Viewer viewer, Voucher voucher) =>
        viewer.IsAdmin || (voucher.Holder.Actor is { } actor && viewer.Owns(actor));

    private static JsonObject Answer(VoucherResult result) => new()
    {
        ["voucher"] = VoucherDocuments.ToDocument(result.Stored.Id, result.Voucher),
        ["programme"] = VoucherDocuments.ToDocument(result.Stored),
    };

    private static async Task<StoredProgramme?> Find(string id, IGrainFactory grains) =>
        ActorIds.IsValid(id) ? await grains.GetGrain<IVoucherProgrammeGrain>(id).GetAsync() : null;

    private static IResult NotFound(string id) => Problems.NotFound($"voucher programme '{id}'");

    private static IResult VoucherNotFound(string id, string voucherId) => Problems.NotFound($"voucher '{voucherId}' in the voucher programme '{id}'");
}
