using Orleans;

namespace Matchmaking.Abstractions.Calls;

/// <summary>
/// A funding call (bando): who publishes it, what it funds (<see cref="Themes"/>, ids of the taxonomy), who may
/// apply (<see cref="Eligible"/>) and where (<see cref="Region"/>, a region or province; null for anywhere), the
/// budget in euro, and when it opens and closes (both days included).
/// </summary>
[GenerateSerializer, Alias("mm.FundingCall"), Immutable]
public sealed record FundingCall
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4_000;

    [Id(0)] public string Title { get; init; } = "";

    [Id(1)] public string Publisher { get; init; } = "";

    [Id(2)] public string? Description { get; init; }

    [Id(3)] public IReadOnlyList<string> Themes { get; init; } = [];

    [Id(4)] public IReadOnlyList<Applicant> Eligible { get; init; } = [];

    [Id(5)] public string? Region { get; init; }

    /// <summary>The call's total budget in euro, when known.</summary>
    [Id(6)] public decimal? Budget { get; init; }

    /// <summary>The first day applications are taken.</summary>
    [Id(7)] public DateOnly? Opening { get; init; }

    /// <summary>The last day applications are taken.</summary>
    [Id(8)] public DateOnly? Deadline { get; init; }

    [Id(9)] public string? Url { get; init; }

    /// <summary>Where the call stands on <paramref name="today"/>.</summary>
    public CallStatus StatusOn(DateOnly today) =>
        Deadline is { } deadline && today > deadline ? CallStatus.Closed
        : Opening is { } opening && today < opening ? CallStatus.Upcoming
        : CallStatus.Open;
}

/// <summary>Where a call stands: not open yet, taking applications, or past its deadline.</summary>
[GenerateSerializer, Alias("mm.CallStatus")]
public enum CallStatus
{
    Upcoming,
    Open,
    Closed,
}

/// <summary>A call as stored: its id, the call, its version (the storage ETag) and when it last changed.</summary>
[GenerateSerializer, Alias("mm.StoredCall"), Immutable]
public sealed record StoredCall(
    [property: Id(0)] string Id,
    [property: Id(1)] FundingCall Call,
    [property: Id(2)] string Version,
    [property: Id(3)] DateTimeOffset UpdatedAt);

/// <summary>The result of a call upsert: the stored call and what the write did.</summary>
[GenerateSerializer, Alias("mm.CallWriteResult"), Immutable]
public sealed record CallWriteResult(
    [property: Id(0)] StoredCall Stored,
    [property: Id(1)] Profiles.WriteOutcome Outcome);
