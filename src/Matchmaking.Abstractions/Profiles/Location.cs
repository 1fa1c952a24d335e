using Orleans;

namespace Matchmaking.Abstractions.Profiles;

/// <summary>Where an actor is: municipality (comune), province code (e.g. <c>BS</c>), region, country (ISO code, e.g. <c>IT</c>).</summary>
[GenerateSerializer, Alias("mm.Location"), Immutable]
public sealed record Location(
    [property: Id(0)] string? Municipality = null,
    [property: Id(1)] string? Province = null,
    [property: Id(2)] string? Region = null,
    [property: Id(3)] string? Country = null);
