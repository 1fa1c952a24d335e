using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Matchmaking.Abstractions.Events;

namespace Matchmaking.Silo.Http;

/// <summary>
/// iCalendar (RFC 5545, Ical.Net) of events and courses: one VEVENT per event, its times in Europe/Rome (with the
/// zone's VTIMEZONE), title and description in the asked language (the other when missing), the place, and
/// CANCELLED for a cancelled one. A UID per event and host, so a calendar that imports it twice updates it.
/// </summary>
public static class EventCalendars
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(IEnumerable<StoredEvent> events, string language, string host)
    {
        ArgumentNullException.ThrowIfNull(events);
        var calendar = new Calendar { ProductId = "-//Matchmaking//Events and courses//IT", Method = "PUBLISH" };
        calendar.AddTimeZone(EventTime.ZoneId);
        foreach (var stored in events)
        {
            calendar.Events.Add(Event(stored, language, host));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent Event(StoredEvent stored, string language, string host)
    {
        var hubEvent = stored.Event;
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{hubEvent.Kind.Name()}-{stored.Id}@{host}",
            Summary = hubEvent.Title.In(language),
            Description = hubEvent.Description?.In(language),
            DtStamp = new CalDateTime(stored.UpdatedAt.UtcDateTime, "UTC"),
            DtStart = new CalDateTime(hubEvent.Start!.Value, EventTime.ZoneId),
            DtEnd = new CalDateTime(hubEvent.End!.Value, EventTime.ZoneId),
            Location = Place(hubEvent.Place, language),
            Status = hubEvent.Status == Abstractions.Events.EventStatus.Cancelled ? "CANCELLED" : hubEvent.Status == Abstractions.Events.EventStatus.Draft ? "TENTATIVE" : "CONFIRMED",
            Categories = [.. hubEvent.Themes],
        };
        if (hubEvent.Place.Link is { } link)
        {
            calendarEvent.Url = new Uri(link);
        }

        return calendarEvent;
    }

    private static string Place(EventPlace place, string language) =>
        place.Address ?? (place.Online ? "Online" + (place.Link is { } link ? $" {link}" : "") : (language == "en" ? "Co-working space " : "Spazio di co-working ") + place.Space);
}
