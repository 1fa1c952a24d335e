using Matchmaking.Abstractions.Events;
using Matchmaking.Grains.Events;
using Matchmaking.Silo.Apis;

namespace Matchmaking.Silo.Pages;

/// <summary>
/// <c>/events</c>: the hub's events and courses the viewer may see (drafts only to their managers), soonest first,
/// filtered by kind (<c>?kind=course</c>); for a member, the upcoming ones suggested to its actor, with reasons.
/// </summary>
public sealed class EventsModel(EventBoard board, EventSuggester suggester) : SitePage
{
    public IReadOnlyList<StoredEvent> Items { get; private set; } = [];

    public IReadOnlyList<EventSuggestion> Suggested { get; private set; } = [];

    public EventKind? Kind { get; private set; }

    public void OnGet(string? kind)
    {
        Kind = kind switch { "event" => EventKind.Event, "course" => EventKind.Course, _ => null };
        Items = [.. board.All(Kind).Where(e => Viewer.CanSee(e.Event))];
        if (Viewer.Actor is { } actor)
        {
            Suggested = suggester.ForActor(actor, T.Language, top: 3);
        }
    }
}
