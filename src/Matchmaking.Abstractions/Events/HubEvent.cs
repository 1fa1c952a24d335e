using Orleans;

namespace Matchmaking.Abstractions.Events;

/// <summary>
/// An event or a course of the hub. <see cref="Start"/> and <see cref="End"/> are wall-clock times in
/// Europe/Rome (<see cref="EventTime.Zone"/>, no offset); the end comes after the start. <see cref="Price"/> in
/// euro; null or 0 is free.
/// </summary>
[GenerateSerializer, Alias("mm.HubEvent"), Immutable]
public sealed record HubEvent
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4_000;
    public const int MaxCapacity = 100_000;

    [Id(0)] public EventKind Kind { get; init; }

    [Id(1)] public BilingualText Title { get; init; } = new();

    [Id(2)] public BilingualText? Description { get; init; }

    [Id(3)] public Organiser Organiser { get; init; } = new();

    [Id(4)] public IReadOnlyList<string> Themes { get; init; } = [];

    [Id(5)] public DateTime? Start { get; init; }

    [Id(6)] public DateTime? End { get; init; }

    [Id(7)] public EventPlace Place { get; init; } = new();

    /// <summary>Seats; registrations beyond them wait.</summary>
    [Id(8)] public int? Capacity { get; init; }

    [Id(9)] public IReadOnlyList<Audience> Audience { get; init; } = [];

    [Id(10)] public decimal? Price { get; init; }

    [Id(11)] public EventStatus Status { get; init; } = EventStatus.Draft;

    public bool IsFree => Price is null or 0;
}

/// <summary>The time zone every event's times are in.</summary>
public static class EventTime
{
    public const string ZoneId = "Europe/Rome";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>A Europe/Rome wall-clock time with its offset that day.</summary>
    public static DateTimeOffset InRome(DateTime wallClock)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The Europe/Rome wall-clock time of an instant.</summary>
    public static DateTime ToRome(DateTimeOffset instant) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, Zone).DateTime, DateTimeKind.Unspecified);
}
