using Orleans;

namespace Matchmaking.Abstractions.Events;

/// <summary>What a hub's happening is: a dissemination event (a meeting, a workshop, a festival) or a training course.</summary>
[GenerateSerializer, Alias("mm.EventKind")]
public enum EventKind
{
    /// <summary>A dissemination event (evento): a free meeting, a workshop, a science festival.</summary>
    Event,

    /// <summary>A training course (corso): technical, transversal or specialist.</summary>
    Course,
}

/// <summary>Where an event or course stands.</summary>
[GenerateSerializer, Alias("mm.EventStatus")]
public enum EventStatus
{
    /// <summary>Being prepared: shown to its organiser and the hub only, no registrations.</summary>
    Draft,

    /// <summary>Announced: members register.</summary>
    Published,

    /// <summary>Called off: no registrations any more; it stays cancelled.</summary>
    Cancelled,

    /// <summary>Took place: its attendees are its registered members.</summary>
    Held,
}

/// <summary>Whom an event or course is for.</summary>
[GenerateSerializer, Alias("mm.Audience")]
public enum Audience
{
    Companies,
    Startups,
    Researchers,
    Citizens,
    Schools,
}

/// <summary>Whether a registration has a seat or waits for one.</summary>
[GenerateSerializer, Alias("mm.RegistrationStatus")]
public enum RegistrationStatus
{
    /// <summary>The member has a seat.</summary>
    Registered,

    /// <summary>Every seat is taken: the member is on the waiting list and moves up when a seat frees.</summary>
    Waiting,
}

/// <summary>Wire names of <see cref="EventKind"/>s and their URL plurals.</summary>
public static class EventKinds
{
    /// <summary>event, course.</summary>
    public static string Name(this EventKind kind) => kind switch
    {
        EventKind.Event => "event",
        EventKind.Course => "course",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>events, courses: the URL segment.</summary>
    public static string Plural(this EventKind kind) => kind switch
    {
        EventKind.Event => "events",
        EventKind.Course => "courses",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
