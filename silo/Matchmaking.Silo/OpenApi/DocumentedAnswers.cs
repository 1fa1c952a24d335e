using System.ComponentModel;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Silo.OpenApi;

// Shapes of answers that the handlers write as anonymous objects or JSON nodes, for the OpenAPI document only: each
// names exactly the properties its handler writes (a null one is left out of the answer).

/// <summary>Who is signed in (<c>GET /api/me</c>).</summary>
public sealed record MeAnswer(
    string Id,
    string Name,
    [property: Description("admin, coach or member.")] string Role,
    [property: Description("A member's actor.")] ActorRef? Actor);

/// <summary>A new API key: the key itself is in this answer only.</summary>
public sealed record CreatedKeyAnswer(
    string KeyId,
    [property: Description("The key, shown once: send it as 'Authorization: Bearer KEY'.")] string Key,
    [property: Description("The key's first, public characters.")] string Prefix,
    string UserId,
    string? Label,
    DateTimeOffset CreatedAt);

/// <summary>A theme's own fields with how many visible actors offer it and seek it (sub-themes included).</summary>
public sealed record ThemeCountsAnswer(
    string Id,
    string LabelIt,
    string LabelEn,
    string? Parent,
    IReadOnlyList<string> Children,
    IReadOnlyList<string> SynonymsIt,
    IReadOnlyList<string> SynonymsEn,
    IReadOnlyList<string> Hubs,
    int Offerers,
    int Seekers);

/// <summary>A theme's own fields with the visible actors that offer it and those that seek it (sub-themes included).</summary>
public sealed record ThemeAnswer(
    string Id,
    string LabelIt,
    string LabelEn,
    string? Parent,
    IReadOnlyList<string> Children,
    IReadOnlyList<string> SynonymsIt,
    IReadOnlyList<string> SynonymsEn,
    IReadOnlyList<string> Hubs,
    IReadOnlyList<ActorSummary> Offerers,
    IReadOnlyList<ActorSummary> Seekers);

/// <summary>Themes ranked by unmet demand, in a province when one was asked for.</summary>
public sealed record ThemeGapsRanking(
    [property: Description("The province asked for (two letters); left out for all of them.")] string? Province,
    IReadOnlyList<Matchmaking.Abstractions.Themes.ThemeGap> Items);

/// <summary>The process's health: each check with its status; the failing ones named when it is unhealthy (503).</summary>
public sealed record HealthAnswer(
    [property: Description("healthy (200) or unhealthy (503).")] string Status,
    [property: Description("The checks that are not healthy (503 only).")] IReadOnlyList<string>? Failing,
    [property: Description("Each check by name: storage, cluster, read-models.")] IReadOnlyDictionary<string, HealthCheckAnswer> Checks);

/// <summary>One health check.</summary>
public sealed record HealthCheckAnswer(
    [property: Description("healthy, degraded or unhealthy.")] string Status,
    string? Description);
