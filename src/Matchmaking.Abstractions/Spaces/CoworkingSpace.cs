using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Abstractions.Spaces;

/// <summary>
/// A co-working space of the hub's territory, as its operator describes it: name, operator, street address and
/// place, seats (all of them and those free now), services, the price of a desk for a day in euro (null or 0: free).
/// Whether the hub accredits it is not part of the description (<see cref="Accreditation"/>, the hub manager's).
/// </summary>
[GenerateSerializer, Alias("mm.CoworkingSpace"), Immutable]
public sealed record CoworkingSpace
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4_000;
    public const int MaxSeats = 10_000;
    public const decimal MaxDayPrice = 10_000m;

    [Id(0)] public string? Name { get; init; }

    /// <summary>Who runs it (a company, a cooperative, a municipality).</summary>
    [Id(1)] public string? Operator { get; init; }

    /// <summary>Street and number (via, numero).</summary>
    [Id(2)] public string? Address { get; init; }

    /// <summary>Municipality and province at least: suggestions use them for nearness.</summary>
    [Id(3)] public Location Location { get; init; } = new();

    [Id(4)] public int? Seats { get; init; }

    /// <summary>Desks free now, as the operator last said; never more than <see cref="Seats"/>.</summary>
    [Id(5)] public int? FreeSeats { get; init; }

    /// <summary>What it offers besides a desk (wifi, sala riunioni, laboratorio, stampante 3D…).</summary>
    [Id(6)] public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>A desk for a day, in euro.</summary>
    [Id(7)] public decimal? DayPrice { get; init; }

    [Id(8)] public BilingualText? Description { get; init; }
}

/// <summary>Where a space stands on the hub's accredited list.</summary>
[GenerateSerializer, Alias("mm.AccreditationStatus")]
public enum AccreditationStatus
{
    /// <summary>Described, not (yet) accredited: vouchers cannot be spent there.</summary>
    Pending,

    /// <summary>On the accredited list: vouchers are spent there.</summary>
    Accredited,

    /// <summary>Taken off the list by the hub manager: no voucher is spent there any more.</summary>
    Withdrawn,
}

/// <summary>A space's accreditation: its status, since when, by whom (a user id) and why.</summary>
[GenerateSerializer, Alias("mm.Accreditation"), Immutable]
public sealed record Accreditation(
    [property: Id(0)] AccreditationStatus Status,
    [property: Id(1)] DateTimeOffset? Since = null,
    [property: Id(2)] string? By = null,
    [property: Id(3)] string? Note = null)
{
    public const int MaxNoteLength = 1_000;

    public static Accreditation None { get; } = new(AccreditationStatus.Pending);
}

/// <summary>A space as stored: its id, description, accreditation, version (the storage ETag) and when it last changed.</summary>
[GenerateSerializer, Alias("mm.StoredSpace"), Immutable]
public sealed record StoredSpace(
    [property: Id(0)] string Id,
    [property: Id(1)] CoworkingSpace Space,
    [property: Id(2)] Accreditation Accreditation,
    [property: Id(3)] string Version,
    [property: Id(4)] DateTimeOffset UpdatedAt)
{
    public bool IsAccredited => Accreditation.Status == AccreditationStatus.Accredited;
}

/// <summary>The result of a space upsert: the stored space and what the write did.</summary>
[GenerateSerializer, Alias("mm.SpaceWriteResult"), Immutable]
public sealed record SpaceWriteResult(
    [property: Id(0)] StoredSpace Stored,
    [property: Id(1)] WriteOutcome Outcome);
