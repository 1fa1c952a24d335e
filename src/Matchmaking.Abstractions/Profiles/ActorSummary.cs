using Orleans;

namespace Matchmaking.Abstractions.Profiles;

/// <summary>A line about an actor in a list: who, what kind, where, on which themes, its hub memberships and tiers.</summary>
[GenerateSerializer, Alias("mm.ActorSummary"), Immutable]
public sealed record ActorSummary(
    [property: Id(0)] ActorKind Kind,
    [property: Id(1)] string Id,
    [property: Id(2)] string Name,
    [property: Id(3)] string? Province,
    [property: Id(4)] string? Municipality,
    [property: Id(5)] IReadOnlyList<string> Themes,
    [property: Id(6)] IReadOnlyList<HubMembership>? Memberships = null);

/// <summary>A page of items and the total number that matched.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total);
