using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Calls;
using Matchmaking.Abstractions.Coaches;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Abstractions.Themes;

namespace Matchmaking.Client;

/// <summary>
/// Typed client of the silo's HTTP API (docs/API.md). Every call either returns what the silo answered or
/// throws <see cref="MatchmakingApiException"/> (an error status, with its problem details; 404 included) or
/// <see cref="MatchmakingConnectionException"/> (the silo could not be reached). The <see cref="HttpClient"/>
/// must have a <see cref="HttpClient.BaseAddress"/>; its lifetime belongs to the caller. JSON goes both ways with
/// the product's one options object, <see cref="MatchmakingJson.Options"/>. With <c>apiKey</c>, every request carries
/// <c>Authorization: Bearer KEY</c> (the silo answers writes without a key 401: a <see cref="MatchmakingApiException"/>
/// with <see cref="MatchmakingApiException.StatusCode"/> Unauthorized).
/// </summary>
public sealed partial class MatchmakingClient(HttpClient http, string? apiKey = null)
{
    /// <summary>The most items the silo takes in one <c>POST /api/import</c>.</summary>
    public const int MaxImportBatchSize = 1000;

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    /// <summary>The silo's address, as requests resolve against it.</summary>
    public Uri BaseAddress { get; } = WithTrailingSlash(
        http?.BaseAddress ?? throw new ArgumentException("The HttpClient needs a BaseAddress.", nameof(http)));

    /// <summary>Creates or replaces a profile from its typed record; the kind follows the record's type. The outcome is Created (201) or Updated (200).</summary>
    /// <param name="ifMatch">When given (e.g. <c>"3"</c> or <c>3</c>), replaces only that version; else 412.</param>
    public async Task<ProfileWriteResult<TProfile>> PutAsync<TProfile>(string id, TProfile profile, string? ifMatch = null, CancellationToken cancellationToken = default)
        where TProfile : ActorProfile
    {
        ArgumentNullException.ThrowIfNull(profile);
        var kind = ProfileKinds.Of(profile.GetType());
        var body = JsonSerializer.SerializeToNode(profile, profile.GetType(), MatchmakingJson.Options)!.AsObject();
        var document = new JsonObject { ["id"] = id, ["kind"] = kind.Name() };
        foreach (var (name, value) in body.ToList())
        {
            body.Remove(name);
            document[name] = value;
        }

        var stored = await PutDocumentAsync(kind, id, document, ifMatch, cancellationToken);
        return new ProfileWriteResult<TProfile>(ToStoredProfile<TProfile>(stored), stored.Created ? WriteOutcome.Created : WriteOutcome.Updated);
    }

    /// <summary>Creates or replaces the profile <paramref name="id"/> of <paramref name="kind"/> from a JSON document.</summary>
    public async Task<StoredDocument> PutDocumentAsync(ActorKind kind, string id, JsonObject document, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var request = new HttpRequestMessage(HttpMethod.Put, ProfileUrl(kind, id)) { Content = JsonBody(writer => document.WriteTo(writer)) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch.StartsWith('"') ? ifMatch : $"\"{ifMatch}\"");
        }

        using var response = await SendAsync(request, cancellationToken);
        return await ReadDocumentAsync(response, cancellationToken);
    }

    /// <summary>The stored document of a profile; 404 (as <see cref="MatchmakingApiException"/>) when unknown.</summary>
    public async Task<StoredDocument> GetDocumentAsync(ActorKind kind, string id, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ProfileUrl(kind, id));
        using var response = await SendAsync(request, cancellationToken);
        return await ReadDocumentAsync(response, cancellationToken);
    }

    /// <summary>The stored profile as its typed record; the kind follows <typeparamref name="TProfile"/>.</summary>
    public async Task<StoredProfile<TProfile>> GetAsync<TProfile>(string id, CancellationToken cancellationToken = default)
        where TProfile : ActorProfile
        => ToStoredProfile<TProfile>(await GetDocumentAsync(ProfileKinds.Of(typeof(TProfile)), id, cancellationToken));

    /// <summary>Deletes a profile; 404 (as <see cref="MatchmakingApiException"/>) when unknown.</summary>
    public async Task DeleteAsync(ActorKind kind, string id, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, ProfileUrl(kind, id));
        using var response = await SendAsync(request, cancellationToken);
    }

    /// <summary>A page of actor summaries matching <paramref name="query"/> (all kinds when it names none).</summary>
    public async Task<Page<ActorSummary>> ListAsync(ProfileQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new ProfileQuery();
        var path = query.Kind is { } kind ? $"api/{kind.Plural()}" : "api/actors";
        var url = WithQuery(path,
            ("theme", query.Theme),
            ("province", query.Province),
            ("q", query.Text),
            ("page", query.Page?.ToString(CultureInfo.InvariantCulture)),
            ("pageSize", query.PageSize?.ToString(CultureInfo.InvariantCulture)));
        return await GetJsonAsync<Page<ActorSummary>>(url, cancellationToken);
    }

    /// <summary>One <c>POST /api/import</c> of at most <see cref="MaxImportBatchSize"/> documents, each carrying <c>kind</c> and <c>id</c>.</summary>
    public Task<ImportResult> ImportAsync(IReadOnlyList<JsonObject> items, CancellationToken cancellationToken = default)
        => PostItemsAsync("api/import", items, cancellationToken);

    /// <summary>
    /// Checks documents as <see cref="ImportAsync"/> would store them, writing nothing (<c>POST /api/import/check</c>):
    /// the answer has only <c>failed</c> and <c>errors</c>, every problem of each item named.
    /// </summary>
    public Task<ImportResult> CheckImportAsync(IReadOnlyList<JsonObject> items, CancellationToken cancellationToken = default)
        => PostItemsAsync("api/import/check", items, cancellationToken);

    private async Task<ImportResult> PostItemsAsync(string path, IReadOnlyList<JsonObject> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var request = new HttpRequestMessage(HttpMethod.Post, Resolve(path))
        {
            Content = JsonBody(writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("items");
                foreach (var item in items)
                {
                    item.WriteTo(writer);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }),
        };
        using var response = await SendAsync(request, cancellationToken);
        return await ReadJsonAsync<ImportResult>(response, cancellationToken);
    }

    /// <summary>
    /// Imports any number of documents in batches of <paramref name="batchSize"/>; the answer adds up the
    /// batches and its error indices count from the start of <paramref name="items"/>, not of the batch.
    /// </summary>
    public async Task<ImportResult> ImportAllAsync(IReadOnlyList<JsonObject> items, int batchSize = 200, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batchSize, MaxImportBatchSize);

        var total = ImportResult.Empty;
        var errors = new List<ImportItemError>();
        for (var offset = 0; offset < items.Count; offset += batchSize)
        {
            var batch = items.Skip(offset).Take(batchSize).ToList();
            var result = await ImportAsync(batch, cancellationToken);
            total = total with
            {
                Created = total.Created + result.Created,
                Updated = total.Updated + result.Updated,
                Unchanged = total.Unchanged + result.Unchanged,
                Failed = total.Failed + result.Failed,
            };
            errors.AddRange(result.Errors.Select(e => e with { Index = e.Index + offset }));
            progress?.Report(new ImportProgress(offset + batch.Count, items.Count));
        }

        return total with { Errors = errors };
    }

    /// <summary>Every profile (of <paramref name="kind"/> when given) in the shape <see cref="ImportAsync"/> takes.</summary>
    public async Task<IReadOnlyList<JsonObject>> ExportAsync(ActorKind? kind = null, CancellationToken cancellationToken = default)
        => (await ExportWithUnreadableAsync(kind, cancellationToken)).Items;

    /// <summary>The export and the stored profiles it could not read (named to those who may repair them).</summary>
    public Task<ProfileExport> ExportWithUnreadableAsync(ActorKind? kind = null, CancellationToken cancellationToken = default)
        => GetJsonAsync<ProfileExport>(WithQuery("api/export", ("kind", kind?.Name())), cancellationToken);

    /// <summary>
    /// Partners for an actor, best first, each with its score and reasons (<c>GET /api/{kinds}/{id}/suggestions</c>).
    /// 404 (as <see cref="MatchmakingApiException"/>) when the actor is unknown; 400 for a bad filter.
    /// </summary>
    public Task<SuggestionList> GetSuggestionsAsync(ActorKind kind, string id, SuggestionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SuggestionOptions();
        var url = WithQuery($"api/{kind.Plural()}/{Uri.EscapeDataString(id)}/suggestions",
            ("target", options.Targets is { Count: > 0 } targets ? string.Join(',', targets.Select(t => t.Name())) : null),
            ("top", options.Top?.ToString(CultureInfo.InvariantCulture)),
            ("theme", options.Theme),
            ("province", options.Province),
            ("new", options.NewPartnersOnly ? "true" : null));
        return GetJsonAsync<SuggestionList>(url, cancellationToken);
    }

    /// <summary>
    /// Partners for a free-text need or idea, Italian or English (<c>POST /api/suggestions</c>), for people without a
    /// profile. 400 for a blank brief, one over 20,000 characters or a bad filter.
    /// </summary>
    public async Task<SuggestionList> SuggestForBriefAsync(string brief, SuggestionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(brief);
        options ??= new SuggestionOptions();
        var body = new JsonObject { ["brief"] = brief };
        if (options.Targets is { Count: > 0 } targets)
        {
            body["target"] = new JsonArray([.. targets.Select(t => (JsonNode)t.Name())]);
        }

        if (options.Top is { } top)
        {
            body["top"] = top;
        }

        if (options.Theme is { } theme)
        {
            body["theme"] = theme;
        }

        if (options.Province is { } province)
        {
            body["province"] = province;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Resolve("api/suggestions")) { Content = JsonBody(writer => body.WriteTo(writer)) };
        using var response = await SendAsync(request, cancellationToken);
        return await ReadJsonAsync<SuggestionList>(response, cancellationToken);
    }

    /// <summary>
    /// The actor's decision on a suggested actor (<c>POST /api/{kinds}/{id}/feedback</c>): a decline hides the target
    /// from the actor's suggestions for good, an acceptance makes the two collaborators on both sides. 404 when either
    /// actor is unknown, 400 for feedback on itself.
    /// </summary>
    public async Task<FeedbackRecord> SendFeedbackAsync(ActorKind kind, string id, Feedback feedback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        var body = JsonSerializer.SerializeToNode(feedback, MatchmakingJson.Options)!;
        using var request = new HttpRequestMessage(HttpMethod.Post, Resolve($"api/{kind.Plural()}/{Uri.EscapeDataString(id)}/feedback"))
        {
            Content = JsonBody(writer => body.WriteTo(writer)),
        };
        using var response = await SendAsync(request, cancellationToken);
        return await ReadJsonAsync<FeedbackRecord>(response, cancellationToken);
    }

    /// <summary>Whom the actor declined and its collaborations (<c>GET /api/{kinds}/{id}/relations</c>); 404 when unknown.</summary>
    public Task<ActorRelations> GetRelationsAsync(ActorKind kind, string id, CancellationToken cancellationToken = default)
        => GetJsonAsync<ActorRelations>(Resolve($"api/{kind.Plural()}/{Uri.EscapeDataString(id)}/relations"), cancellationToken);

    /// <summary>Every theme of the taxonomy with how many actors offer and seek it.</summary>
    public Task<Page<ThemeListing>> ListThemesAsync(CancellationToken cancellationToken = default)
        => GetJsonAsync<Page<ThemeListing>>(Resolve("api/themes"), cancellationToken);

    /// <summary>One theme and the actors that offer and seek it; 404 (as <see cref="MatchmakingApiException"/>) when unknown.</summary>
    public Task<ThemeWithActors> GetThemeAsync(string id, CancellationToken cancellationToken = default)
        => GetJsonAsync<ThemeWithActors>(Resolve($"api/themes/{Uri.EscapeDataString(id)}"), cancellationToken);

    /// <summary>
    /// Forms project teams for a coach's brief and stores them as draft proposals in its portfolio
    /// (<c>POST /api/coaches/{id}/proposals</c>). 400 names what is missing, unknown or contradictory.
    /// </summary>
    public async Task<ProposalList> ProposeAsync(string coach, ProjectBrief brief, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return await PostJsonAsync<ProposalList>(Resolve($"api/coaches/{Uri.EscapeDataString(coach)}/proposals"), JsonSerializer.SerializeToNode(brief, MatchmakingJson.Options), cancellationToken);
    }

    /// <summary>A coach's proposals, newest first (<c>GET /api/coaches/{id}/proposals</c>), optionally only those in <paramref name="status"/>.</summary>
    public Task<ProposalList> GetPortfolioAsync(string coach, ProposalStatus? status = null, CancellationToken cancellationToken = default)
        => GetJsonAsync<ProposalList>(WithQuery($"api/coaches/{Uri.EscapeDataString(coach)}/proposals", ("status", status?.ToString().ToLowerInvariant())), cancellationToken);

    /// <summary>One proposal; <paramref name="lang"/> (it, en) picks its title and objective. 404 when unknown.</summary>
    public Task<Proposal> GetProposalAsync(string id, string? lang = null, CancellationToken cancellationToken = default)
        => GetJsonAsync<Proposal>(WithQuery($"api/proposals/{Uri.EscapeDataString(id)}", ("lang", lang)), cancellationToken);

    /// <summary>The proposals that name an actor, drafts left out (<c>GET /api/{kinds}/{id}/proposals</c>).</summary>
    public Task<ProposalList> GetMemberProposalsAsync(ActorKind kind, string id, CancellationToken cancellationToken = default)
        => GetJsonAsync<ProposalList>(Resolve($"api/{kind.Plural()}/{Uri.EscapeDataString(id)}/proposals"), cancellationToken);

    /// <summary>draft → proposed (<c>POST /api/proposals/{id}/propose</c>); 409 when it is no longer a draft.</summary>
    public Task<Proposal> SubmitProposalAsync(string id, CancellationToken cancellationToken = default)
        => PostJsonAsync<Proposal>(Resolve($"api/proposals/{Uri.EscapeDataString(id)}/propose"), null, cancellationToken);

    /// <summary>
    /// A member accepts or declines a proposal (<c>POST /api/proposals/{id}/decisions</c>). 403 when the proposal does
    /// not name the member, 409 when it is not waiting for decisions.
    /// </summary>
    public Task<Proposal> DecideAsync(string id, ProposalDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return PostJsonAsync<Proposal>(Resolve($"api/proposals/{Uri.EscapeDataString(id)}/decisions"), JsonSerializer.SerializeToNode(decision, MatchmakingJson.Options), cancellationToken);
    }

    /// <summary>accepted → started: the members become collaborators (<c>POST /api/proposals/{id}/start</c>); 409 otherwise.</summary>
    public Task<Proposal> StartProposalAsync(string id, CancellationToken cancellationToken = default)
        => PostJsonAsync<Proposal>(Resolve($"api/proposals/{Uri.EscapeDataString(id)}/start"), null, cancellationToken);

    /// <summary>Drops a proposal with an optional reason (<c>POST /api/proposals/{id}/drop</c>); 409 when started or dropped.</summary>
    public Task<Proposal> DropProposalAsync(string id, string? reason = null, CancellationToken cancellationToken = default)
        => PostJsonAsync<Proposal>(Resolve($"api/proposals/{Uri.EscapeDataString(id)}/drop"), reason is null ? null : new JsonObject { ["reason"] = reason }, cancellationToken);

    /// <summary>Funding calls, soonest deadline first (<c>GET /api/calls</c>).</summary>
    public async Task<IReadOnlyList<CallDocument>> ListCallsAsync(CallQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new CallQuery();
        var url = WithQuery("api/calls", ("status", query.Status), ("theme", query.Theme), ("applicant", query.Applicant?.Name()));
        var body = await GetJsonAsync<CallListBody>(url, cancellationToken);
        return [.. body.Items.Select(ToCall)];
    }

    /// <summary>One funding call; 404 when unknown.</summary>
    public async Task<CallDocument> GetCallAsync(string id, CancellationToken cancellationToken = default)
        => ToCall(await GetJsonAsync<JsonObject>(Resolve($"api/calls/{Uri.EscapeDataString(id)}"), cancellationToken));

    /// <summary>Creates or replaces a funding call from its JSON document (<c>PUT /api/calls/{id}</c>); 400 names the bad fields.</summary>
    public async Task<StoredDocument> PutCallDocumentAsync(string id, JsonObject document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var request = new HttpRequestMessage(HttpMethod.Put, Resolve($"api/calls/{Uri.EscapeDataString(id)}")) { Content = JsonBody(writer => document.WriteTo(writer)) };
        using var response = await SendAsync(request, cancellationToken);
        return await ReadDocumentAsync(response, cancellationToken);
    }

    /// <summary>Creates or replaces a funding call (<c>PUT /api/calls/{id}</c>).</summary>
    public async Task<CallDocument> PutCallAsync(string id, FundingCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        var stored = await PutCallDocumentAsync(id, JsonSerializer.SerializeToNode(call, MatchmakingJson.Options)!.AsObject(), cancellationToken);
        return ToCall(stored.Document);
    }

    /// <summary>Deletes a funding call; 404 when unknown.</summary>
    public async Task DeleteCallAsync(string id, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, Resolve($"api/calls/{Uri.EscapeDataString(id)}"));
        using var response = await SendAsync(request, cancellationToken);
    }

    /// <summary>Teams that may apply to an open call, not stored (<c>GET /api/calls/{id}/proposals</c>); 409 when the call is closed.</summary>
    public Task<ProposalList> GetCallProposalsAsync(string id, int? top = null, string? lang = null, CancellationToken cancellationToken = default)
        => GetJsonAsync<ProposalList>(WithQuery($"api/calls/{Uri.EscapeDataString(id)}/proposals", ("top", top?.ToString(CultureInfo.InvariantCulture)), ("lang", lang)), cancellationToken);

    /// <summary>A theme's supply and demand by province, unmet seekers and most connected actors (<c>GET /api/themes/{id}/gaps</c>).</summary>
    public Task<ThemeGaps> GetThemeGapsAsync(string id, string? province = null, CancellationToken cancellationToken = default)
        => GetJsonAsync<ThemeGaps>(WithQuery($"api/themes/{Uri.EscapeDataString(id)}/gaps", ("province", province)), cancellationToken);

    /// <summary>Themes ranked by demand no local offerer meets (<c>GET /api/themes/gaps</c>).</summary>
    public async Task<IReadOnlyList<ThemeGap>> GetGapsAsync(string? province = null, int? top = null, CancellationToken cancellationToken = default)
        => (await GetJsonAsync<GapListBody>(WithQuery("api/themes/gaps", ("province", province), ("top", top?.ToString(CultureInfo.InvariantCulture))), cancellationToken)).Items;

    /// <summary>The silo's health: <c>healthy</c> once it serves requests.</summary>
    public Task<HealthReport> GetHealthAsync(CancellationToken cancellationToken = default)
        => GetJsonAsync<HealthReport>(Resolve("health"), cancellationToken);

    private static StoredProfile<TProfile> ToStoredProfile<TProfile>(StoredDocument stored)
        where TProfile : ActorProfile
    {
        var profile = stored.Document.Deserialize<TProfile>(MatchmakingJson.Options)
            ?? throw new JsonException("The silo answered with an empty profile.");
        var version = stored.Document["version"]?.ToString() ?? stored.ETag?.Trim('"') ?? "";
        var updatedAt = stored.Document["updatedAt"]?.GetValue<string>() is { } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture)
            : default;
        return new StoredProfile<TProfile>(profile, version, updatedAt);
    }

    private async Task<T> PostJsonAsync<T>(Uri url, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        if (body is not null)
        {
            request.Content = JsonBody(writer => body.WriteTo(writer));
        }

        using var response = await SendAsync(request, cancellationToken);
        return await ReadJsonAsync<T>(response, cancellationToken);
    }

    private static CallDocument ToCall(JsonObject document)
    {
        var call = document.Deserialize<FundingCall>(MatchmakingJson.Options) ?? throw new JsonException("The silo answered with an empty call.");
        var status = EnumNames<CallStatus>.TryParse(document["status"]?.GetValue<string>(), out var parsed) ? parsed : CallStatus.Open;
        var updatedAt = document["updatedAt"]?.GetValue<string>() is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture) : default;
        return new CallDocument(document["id"]?.GetValue<string>() ?? "", document["version"]?.ToString() ?? "", updatedAt, status, call);
    }

    private async Task<T> GetJsonAsync<T>(Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await SendAsync(request, cancellationToken);
        return await ReadJsonAsync<T>(response, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        if (!string.IsNullOrWhiteSpace(apiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey.Trim());
        }

        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new MatchmakingConnectionException(request.RequestUri!, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient reports its own timeout as a cancellation nobody asked for.
            throw new MatchmakingConnectionException(request.RequestUri!, new TimeoutException($"no answer within {http.Timeout.TotalSeconds:0} s", e));
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var problem = await ReadProblemAsync(response, cancellationToken);
            throw new MatchmakingApiException(request.Method, request.RequestUri!, response.StatusCode, problem);
        }
    }

    private static async Task<ApiProblem> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var reason = response.ReasonPhrase ?? response.StatusCode.ToString();
        if (!string.IsNullOrWhiteSpace(text))
        {
            try
            {
                if (JsonSerializer.Deserialize<ApiProblem>(text, MatchmakingJson.Options) is { } problem
                    && (problem.Title ?? problem.Detail ?? problem.Type) is not null)
                {
                    return problem;
                }
            }
            catch (JsonException)
            {
                // Not problem details (a proxy's HTML page, plain text): the text itself is the best detail there is.
            }
        }

        var detail = string.IsNullOrWhiteSpace(text) ? null : Shorten(text.Trim());
        return new ApiProblem(null, reason, (int)response.StatusCode, detail, null);
    }

    private static string Shorten(string text) => text.Length <= 300 ? text.ReplaceLineEndings(" ") : text[..300].ReplaceLineEndings(" ") + "…";

    private static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonSerializer.DeserializeAsync<T>(stream, MatchmakingJson.Options, cancellationToken)
            ?? throw new JsonException($"The silo answered {response.RequestMessage?.RequestUri} with an empty body.");
    }

    private static async Task<StoredDocument> ReadDocumentAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var document = await ReadJsonAsync<JsonObject>(response, cancellationToken);
        return new StoredDocument(document, response.Headers.ETag?.Tag, response.StatusCode == HttpStatusCode.Created);
    }

    private static ByteArrayContent JsonBody(Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = JsonMediaType;
        return content;
    }

    private Uri ProfileUrl(ActorKind kind, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Resolve($"api/{kind.Plural()}/{Uri.EscapeDataString(id)}");
    }

    private Uri WithQuery(string path, params (string Name, string? Value)[] parameters)
    {
        var query = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        return Resolve(path + query);
    }

    private Uri Resolve(string relative) => new(BaseAddress, relative);

    private static Uri WithTrailingSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");


    private sealed record CallListBody(IReadOnlyList<JsonObject> Items);

    private sealed record GapListBody(IReadOnlyList<ThemeGap> Items);
}
