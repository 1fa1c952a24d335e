using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Client;

/// <summary>Events and courses (<c>/api/events</c>, <c>/api/courses</c>): documents as the silo answers them.</summary>
public sealed partial class MatchmakingClient
{
    /// <summary>Events or courses, soonest first (<c>GET /api/{events|courses}</c>); filters status, theme, audience.</summary>
    public async Task<IReadOnlyList<JsonObject>> ListEventsAsync(EventKind kind, string? status = null, string? theme = null, string? audience = null, CancellationToken cancellationToken = default)
    {
        var body = await GetJsonAsync<JsonObject>(WithQuery($"api/{kind.Plural()}", ("status", status), ("theme", theme), ("audience", audience)), cancellationToken);
        return Items(body);
    }

    /// <summary>One event or course; 404 when unknown or of the other kind.</summary>
    public Task<JsonObject> GetEventAsync(EventKind kind, string id, CancellationToken cancellationToken = default)
        => GetJsonAsync<JsonObject>(EventUrl(kind, id), cancellationToken);

    /// <summary>Creates or replaces an event or course from its JSON document; 400 names the bad fields, 409 a status it cannot go to.</summary>
    public Task<StoredDocument> PutEventDocumentAsync(EventKind kind, string id, JsonObject document, CancellationToken cancellationToken = default)
        => PutDocumentAsync(EventUrl(kind, id), document, cancellationToken);

    /// <summary>Registers a member (the key's own actor when null): <c>{"member","status","position","event"}</c>; 409 unless published.</summary>
    public Task<JsonObject> RegisterAsync(EventKind kind, string id, ActorRef? member = null, CancellationToken cancellationToken = default)
        => PostJsonAsync<JsonObject>(Resolve($"api/{kind.Plural()}/{Uri.EscapeDataString(id)}/registrations"), member is null ? new JsonObject() : new JsonObject { ["member"] = Member(member) }, cancellationToken);

    /// <summary>Cancels a member's registration: <c>{"cancelled","movedUp","event"}</c>; 404 when it has none.</summary>
    public async Task<JsonObject> CancelRegistrationAsync(EventKind kind, string id, ActorRef member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        var url = Resolve($"api/{kind.Plural()}/{Uri.EscapeDataString(id)}/registrations/{member.Kind.Name()}/{Uri.EscapeDataString(member.Id)}");
        using var request = new HttpRequestMessage(HttpMethod.Delete, url);
        using var response = await SendAsync(request, cancellationToken);
        return await ReadJsonAsync<JsonObject>(response, cancellationToken);
    }

    /// <summary>An event's iCalendar text (<c>GET /api/{events|courses}/{id}/calendar</c>).</summary>
    public Task<string> GetEventCalendarAsync(EventKind kind, string id, string? lang = null, CancellationToken cancellationToken = default)
        => GetTextAsync(WithQuery($"api/{kind.Plural()}/{Uri.EscapeDataString(id)}/calendar", ("lang", lang)), cancellationToken);

    /// <summary>The iCalendar feed of the events and courses a member registered for (<c>GET /api/{kinds}/{id}/calendar</c>).</summary>
    public Task<string> GetMemberCalendarAsync(ActorRef member, string? lang = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        return GetTextAsync(WithQuery($"api/{member.Kind.Plural()}/{Uri.EscapeDataString(member.Id)}/calendar", ("lang", lang)), cancellationToken);
    }

    private Uri EventUrl(EventKind kind, string id) => Resolve($"api/{kind.Plural()}/{Uri.EscapeDataString(id)}");

    private async Task<string> GetTextAsync(Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await SendAsync(request, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    private static JsonObject Member(ActorRef member) => new() { ["kind"] = member.Kind.Name(), ["id"] = member.Id };
}
