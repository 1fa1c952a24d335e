using Matchmaking.Abstractions.Events;
using Orleans;

namespace Matchmaking.Abstractions.Vouchers;

/// <summary>
/// A voucher programme (e.g. the Comune di Milano's seat vouchers for young co-workers): who issues it, its budget
/// and the value of each voucher in euro, who may hold one, and the dates (inclusive, Europe/Rome) between which
/// vouchers are issued and spent.
/// </summary>
[GenerateSerializer, Alias("mm.VoucherProgramme"), Immutable]
public sealed record VoucherProgramme
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4_000;
    public const decimal MaxBudget = 100_000_000m;

    [Id(0)] public BilingualText Title { get; init; } = new();

    [Id(1)] public BilingualText? Description { get; init; }

    /// <summary>Who funds and issues it (Comune di Milano, Camera di Commercio…).</summary>
    [Id(2)] public string? Issuer { get; init; }

    /// <summary>The whole budget in euro: issued vouchers never add up to more.</summary>
    [Id(3)] public decimal? Budget { get; init; }

    /// <summary>The value of one voucher in euro (each voucher keeps the value it was issued with).</summary>
    [Id(4)] public decimal? VoucherValue { get; init; }

    [Id(5)] public VoucherEligibility Eligibility { get; init; } = new();

    /// <summary>The first day vouchers are issued and spent.</summary>
    [Id(6)] public DateOnly? ValidFrom { get; init; }

    /// <summary>The last day vouchers are issued and spent.</summary>
    [Id(7)] public DateOnly? ValidUntil { get; init; }
}

/// <summary>Who may hold a voucher: kinds of holder, and for people an age limit on the day of issue.</summary>
[GenerateSerializer, Alias("mm.VoucherEligibility"), Immutable]
public sealed record VoucherEligibility
{
    public const int MaxAgeLimit = 120;

    /// <summary>The kinds of holder the programme takes (people, startups, companies, researchers).</summary>
    [Id(0)] public IReadOnlyList<HolderKind> Holders { get; init; } = [];

    /// <summary>People older than this on the day of issue are not eligible (e.g. 35 for "giovani coworker").</summary>
    [Id(1)] public int? MaxAge { get; init; }
}

/// <summary>Who holds a voucher: a person (by name and birth date) or a member actor of one of the ecosystem's kinds.</summary>
[GenerateSerializer, Alias("mm.HolderKind")]
public enum HolderKind
{
    Person,
    Startup,
    Company,
    Researcher,
}
