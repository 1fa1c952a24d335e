using System.Text.Json.Serialization;
using Orleans;

namespace Matchmaking.Abstractions.Profiles;

/// <summary>
/// What every actor's profile has. Texts may be Italian or English; <see cref="Themes"/> are ids of
/// the theme taxonomy; <see cref="Offers"/> and <see cref="Needs"/> are short phrases.
/// </summary>
[GenerateSerializer, Alias("mm.ActorProfile")]
public abstract record ActorProfile
{
    [Id(0)] public string Name { get; init; } = "";

    [Id(1)] public string? Description { get; init; }

    [Id(2)] public IReadOnlyList<string> Themes { get; init; } = [];

    [Id(3)] public IReadOnlyList<string> Offers { get; init; } = [];

    [Id(4)] public IReadOnlyList<string> Needs { get; init; } = [];

    [Id(5)] public Location Location { get; init; } = new();

    [Id(6)] public string? Website { get; init; }

    /// <summary>
    /// Past collaborations imported with the profile (the partner need not exist yet: imports come in any
    /// order). Null when there are none, so profiles without them keep their JSON shape.
    /// </summary>
    [Id(7)] public IReadOnlyList<ActorRef>? Collaborations { get; init; }

    /// <summary>
    /// Who may see the actor (<c>"public"</c>, <c>"members"</c>, <c>"hidden"</c>). Left out of the JSON when
    /// public, so documents written before visibility existed keep their shape and read as public.
    /// </summary>
    [Id(8)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ActorVisibility Visibility { get; init; }

    /// <summary>The actor asked not to be suggested for now (it may still ask for suggestions). Left out of the JSON when false.</summary>
    [Id(9)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Paused { get; init; }
}

/// <summary>
/// Who may see an actor: everyone (<see cref="Public"/>, the default), signed-in users only (<see cref="Members"/>),
/// or only hub managers and the actor's own member (<see cref="Hidden"/>; never suggested, listed or shown to others).
/// </summary>
[GenerateSerializer, Alias("mm.ActorVisibility")]
public enum ActorVisibility
{
    Public,
    Members,
    Hidden,
}

/// <summary>A hub the company belongs to and its role there (e.g. CSMT, resident-partner).</summary>
[GenerateSerializer, Alias("mm.HubMembership"), Immutable]
public sealed record HubMembership([property: Id(0)] string Hub, [property: Id(1)] string Role);

/// <summary>A company (azienda): sector (ATECO/NACE code), size, hub memberships.</summary>
[GenerateSerializer, Alias("mm.CompanyProfile"), Immutable]
public sealed record CompanyProfile : ActorProfile
{
    [Id(10)] public string? SectorCode { get; init; }

    [Id(11)] public int? Employees { get; init; }

    [Id(12)] public bool? IsSme { get; init; }

    [Id(13)] public IReadOnlyList<HubMembership> Memberships { get; init; } = [];
}

/// <summary>An innovative startup: a company with a stage, a founding year, a technology and what it seeks.</summary>
[GenerateSerializer, Alias("mm.StartupProfile"), Immutable]
public sealed record StartupProfile : ActorProfile
{
    [Id(10)] public string? Stage { get; init; }

    [Id(11)] public int? FoundingYear { get; init; }

    [Id(12)] public int? TeamSize { get; init; }

    [Id(13)] public string? Technology { get; init; }

    [Id(14)] public IReadOnlyList<string> Seeks { get; init; } = [];

    [Id(15)] public IReadOnlyList<HubMembership> Memberships { get; init; } = [];
}

/// <summary>A university researcher (ricercatore, docente, assegnista di ricerca).</summary>
[GenerateSerializer, Alias("mm.ResearcherProfile"), Immutable]
public sealed record ResearcherProfile : ActorProfile
{
    [Id(10)] public string? Affiliation { get; init; }

    [Id(11)] public string? Department { get; init; }

    [Id(12)] public string? Lab { get; init; }

    [Id(13)] public string? Position { get; init; }

    [Id(14)] public string? Availability { get; init; }

    [Id(15)] public IReadOnlyList<string> Keywords { get; init; } = [];

    [Id(16)] public IReadOnlyList<string> Languages { get; init; } = [];
}
