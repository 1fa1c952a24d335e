using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Client;

/// <summary>
/// Co-working spaces (<c>/api/spaces</c>) and voucher programmes (<c>/api/voucher-programmes</c>): documents as the
/// silo answers them.
/// </summary>
public sealed partial class MatchmakingClient
{
    /// <summary>The spaces the key may see, by name; filters accreditation (coaches and admins), province, free.</summary>
    public async Task<IReadOnlyList<JsonObject>> ListSpacesAsync(string? accreditation = null, string? province = null, bool? free = null, CancellationToken cancellationToken = default)
    {
        var body = await GetJsonAsync<JsonObject>(WithQuery("api/spaces", ("accreditation", accreditation), ("province", province), ("free", free?.ToString().ToLowerInvariant())), cancellationToken);
        return Items(body);
    }

    public Task<JsonObject> GetSpaceAsync(string id, CancellationToken cancellationToken = default) =>
        GetJsonAsync<JsonObject>(SpaceUrl(id), cancellationToken);

    /// <summary>Creates or replaces a space's description (its accreditation is kept); 400 names the bad fields.</summary>
    public Task<StoredDocument> PutSpaceDocumentAsync(string id, JsonObject document, CancellationToken cancellationToken = default) =>
        PutDocumentAsync(SpaceUrl(id), document, cancellationToken);

    /// <summary>Accredits a space or withdraws its accreditation (admins), with an optional note.</summary>
    public Task<JsonObject> AccreditSpaceAsync(string id, bool accredited, string? note = null, CancellationToken cancellationToken = default) =>
        PostJsonAsync<JsonObject>(Resolve($"api/spaces/{Uri.EscapeDataString(id)}/accreditation"), new JsonObject { ["accredited"] = accredited, ["note"] = note }, cancellationToken);

    /// <summary>Accredited spaces near a startup with desks free, nearest first, with reasons.</summary>
    public async Task<IReadOnlyList<JsonObject>> SpacesForStartupAsync(string startup, int? top = null, string? lang = null, CancellationToken cancellationToken = default)
    {
        var body = await GetJsonAsync<JsonObject>(WithQuery($"api/startups/{Uri.EscapeDataString(startup)}/spaces", ("top", top?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("lang", lang)), cancellationToken);
        return Items(body);
    }

    public async Task<IReadOnlyList<JsonObject>> ListProgrammesAsync(CancellationToken cancellationToken = default) =>
        Items(await GetJsonAsync<JsonObject>(Resolve("api/voucher-programmes"), cancellationToken));

    public Task<JsonObject> GetProgrammeAsync(string id, CancellationToken cancellationToken = default) =>
        GetJsonAsync<JsonObject>(ProgrammeUrl(id), cancellationToken);

    /// <summary>Creates or replaces a voucher programme (admins); 400 names the bad fields.</summary>
    public Task<StoredDocument> PutProgrammeDocumentAsync(string id, JsonObject document, CancellationToken cancellationToken = default) =>
        PutDocumentAsync(ProgrammeUrl(id), document, cancellationToken);

    /// <summary>The programme's vouchers in order of issue (admins).</summary>
    public async Task<IReadOnlyList<JsonObject>> ListVouchersAsync(string programme, CancellationToken cancellationToken = default) =>
        Items(await GetJsonAsync<JsonObject>(Resolve($"api/voucher-programmes/{Uri.EscapeDataString(programme)}/vouchers"), cancellationToken));

    /// <summary>Issues a voucher to a person (<paramref name="name"/>, <paramref name="birthDate"/>) or an actor: <c>{"voucher","programme"}</c>.</summary>
    public Task<JsonObject> IssueVoucherAsync(string programme, string? name, DateOnly? birthDate, ActorRef? actor, CancellationToken cancellationToken = default)
    {
        var holder = actor is not null
            ? new JsonObject { ["actor"] = Member(actor) }
            : new JsonObject { ["name"] = name, ["birthDate"] = birthDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        return PostJsonAsync<JsonObject>(Resolve($"api/voucher-programmes/{Uri.EscapeDataString(programme)}/vouchers"), new JsonObject { ["holder"] = holder }, cancellationToken);
    }

    /// <summary>Spends a voucher at an accredited space: <c>{"voucher","programme"}</c>; 409 when spent already or outside the window.</summary>
    public Task<JsonObject> SpendVoucherAsync(string programme, string voucher, string space, CancellationToken cancellationToken = default) =>
        PostJsonAsync<JsonObject>(VoucherUrl(programme, voucher, "spend"), new JsonObject { ["space"] = space }, cancellationToken);

    /// <summary>Takes back a voucher not spent (admins).</summary>
    public Task<JsonObject> RevokeVoucherAsync(string programme, string voucher, CancellationToken cancellationToken = default) =>
        PostJsonAsync<JsonObject>(VoucherUrl(programme, voucher, "revoke"), null, cancellationToken);

    /// <summary>The programme's ledger as JSON (admins).</summary>
    public Task<JsonObject> GetLedgerAsync(string programme, CancellationToken cancellationToken = default) =>
        GetJsonAsync<JsonObject>(Resolve($"api/voucher-programmes/{Uri.EscapeDataString(programme)}/ledger"), cancellationToken);

    /// <summary>The programme's ledger as CSV (admins).</summary>
    public Task<string> GetLedgerCsvAsync(string programme, CancellationToken cancellationToken = default) =>
        GetTextAsync(Resolve($"api/voucher-programmes/{Uri.EscapeDataString(programme)}/ledger.csv"), cancellationToken);

    private async Task<StoredDocument> PutDocumentAsync(Uri url, JsonObject document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonBody(writer => document.WriteTo(writer)) };
        using var response = await SendAsync(request, cancellationToken);
        return await ReadDocumentAsync(response, cancellationToken);
    }

    private static List<JsonObject> Items(JsonObject body) => [.. (body["items"]?.AsArray() ?? []).OfType<JsonObject>()];

    private Uri SpaceUrl(string id) => Resolve($"api/spaces/{Uri.EscapeDataString(id)}");

    private Uri ProgrammeUrl(string id) => Resolve($"api/voucher-programmes/{Uri.EscapeDataString(id)}");

    private Uri VoucherUrl(string programme, string voucher, string action) =>
        Resolve($"api/voucher-programmes/{Uri.EscapeDataString(programme)}/vouchers/{Uri.EscapeDataString(voucher)}/{action}");
}
