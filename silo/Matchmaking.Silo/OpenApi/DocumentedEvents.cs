using System.ComponentModel;
using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Silo.OpenApi;

// The event and course answers as EventDocuments and EventsApi write them, for the OpenAPI document only. A stored
// event always has its start, end and capacity (EventRules requires them), so they are never null here.

/// <summary>An event or course as the API answers it: the event's fields with its envelope and its seats.</summary>
public sealed record EventDocument(
    string Id,
    EventKind Kind,
    [property: Description("The stored version, also the ETag (for If-Match).")] string Version,
    DateTimeOffset UpdatedAt,
    BilingualText Title,
    BilingualText? Description,
    Organiser Organiser,
    IReadOnlyList<string> Themes,
    [property: Description("With Europe/Rome's offset that day.")] DateTimeOffset Start,
    [property: Description("With Europe/Rome's offset that day.")] DateTimeOffset End,
    EventPlace Place,
    [property: Description("Seats; registrations beyond them wait.")] int Capacity,
    IReadOnlyList<Audience> Audience,
    [property: Description("In euro; null or 0 is free (left out when not set).")] decimal? Price,
    EventStatus Status,
    [property: Description("Always Europe/Rome.")] string TimeZone,
    bool Free,
    [property: Description("Members with a seat.")] int Registered,
    [property: Description("Members on the waiting list.")] int Waiting,
    int SeatsLeft);

/// <summary>Who has a seat at an event and who waits, in order.</summary>
public sealed record RegistrationsAnswer(
    string Id,
    [property: Description("Seats; registrations beyond them wait.")] int Capacity,
    IReadOnlyList<RegistrationAnswer> Registered,
    IReadOnlyList<RegistrationAnswer> Waiting);

/// <summary>A member's registration and when it was made.</summary>
public sealed record RegistrationAnswer(ActorRef Member, DateTimeOffset At);

/// <summary>A registration made (201) or one the member had already (200), with the event after it.</summary>
public sealed record RegisteredAnswer(
    ActorRef Member,
    RegistrationStatus Status,
    [property: Description("On the waiting list, from 1 (waiting only).")] int? Position,
    EventDocument Event);

/// <summary>A registration cancelled, the waiting member that took the seat (if any) and the event after it.</summary>
public sealed record CancelledAnswer(ActorRef Cancelled, ActorRef? MovedUp, EventDocument Event);

/// <summary>An upcoming event or course suggested to an actor.</summary>
public sealed record EventSuggestionAnswer(
    string Id,
    EventKind Kind,
    [property: Description("In the language asked for (lang), else the other.")] string Title,
    [property: Description("With Europe/Rome's offset that day.")] DateTimeOffset Start,
    double Score,
    IReadOnlyList<string> Reasons);
