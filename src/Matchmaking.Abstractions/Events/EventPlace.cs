using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Abstractions.Events;

/// <summary>
/// Where an event or course takes place: exactly one of a co-working space (its id), an address, or online
/// (with an optional link to join).
/// </summary>
[GenerateSerializer, Alias("mm.EventPlace"), Immutable]
public sealed record EventPlace
{
    /// <summary>The id of a co-working space (a slug such as <c>officina-liberty</c>).</summary>
    [Id(0)] public string? Space { get; init; }

    /// <summary>A street address (via, numero, comune).</summary>
    [Id(1)] public string? Address { get; init; }

    /// <summary>Held online.</summary>
    [Id(2)] public bool Online { get; init; }

    /// <summary>Where to join an online event (http or https).</summary>
    [Id(3)] public string? Link { get; init; }
}

/// <summary>Who runs an event or course: exactly one of the hub (its name) or a member actor.</summary>
[GenerateSerializer, Alias("mm.Organiser"), Immutable]
public sealed record Organiser
{
    /// <summary>The hub that runs it, by name (e.g. <c>CSMT – Officina Liberty</c>).</summary>
    [Id(0)] public string? Hub { get; init; }

    /// <summary>The member actor that runs it (a company, startup or researcher of the ecosystem).</summary>
    [Id(1)] public ActorRef? Actor { get; init; }
}
