using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Profiles;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Grains.Events;

/// <summary>
/// The rules of an event or course: a title in Italian or English, one organiser (the hub or a member actor),
/// known themes, a start and an end after it (Europe/Rome wall-clock times), one place, a capacity, an audience,
/// a price not below zero, and the statuses it may go to. <see cref="Normalize"/> tidies, <see cref="Validate"/>
/// names every field that is wrong.
/// </summary>
public sealed class EventRules(ThemeTaxonomy taxonomy)
{
    public const int MaxLinkLength = 500;

    public static HubEvent Normalize(HubEvent hubEvent)
    {
        ArgumentNullException.ThrowIfNull(hubEvent);
        var place = hubEvent.Place ?? new EventPlace();
        var organiser = hubEvent.Organiser ?? new Organiser();
        return hubEvent with
        {
            Title = Text.Tidy(hubEvent.Title) ?? new BilingualText(),
            Description = Text.Tidy(hubEvent.Description),
            Organiser = organiser with { Hub = Text.Tidy(organiser.Hub) },
            Themes = Text.TidyList(hubEvent.Themes, lowerCase: true),
            Place = place with { Space = Text.Tidy(place.Space)?.ToLowerInvariant(), Address = Text.Tidy(place.Address), Link = Text.Tidy(place.Link) },
            Audience = [.. (hubEvent.Audience ?? []).Distinct().Order()],
        };
    }

    /// <summary>Throws <see cref="ValidationFailedException"/> naming every field that breaks a rule.</summary>
    public void Validate(HubEvent hubEvent)
    {
        ArgumentNullException.ThrowIfNull(hubEvent);
        var errors = new FieldErrors();
        errors.Defined("kind", hubEvent.Kind);
        if (hubEvent.Title.It is null && hubEvent.Title.En is null)
        {
            errors.Add("title", "A title is required, in Italian (it) or English (en) or both.");
        }

        errors.MaxLength("title.it", hubEvent.Title.It, HubEvent.MaxTitleLength);
        errors.MaxLength("title.en", hubEvent.Title.En, HubEvent.MaxTitleLength);
        errors.MaxLength("description.it", hubEvent.Description?.It, HubEvent.MaxDescriptionLength);
        errors.MaxLength("description.en", hubEvent.Description?.En, HubEvent.MaxDescriptionLength);
        Organiser(errors, hubEvent.Organiser);
        errors.MaxItems("themes", hubEvent.Themes);
        for (var i = 0; i < hubEvent.Themes.Count; i++)
        {
            if (!taxonomy.Contains(hubEvent.Themes[i]))
            {
                errors.Add($"themes[{i}]", $"Unknown theme '{hubEvent.Themes[i]}'. GET /api/themes lists the theme ids.");
            }
        }

        Times(errors, hubEvent.Start, hubEvent.End);
        Place(errors, hubEvent.Place);
        if (hubEvent.Capacity is null)
        {
            errors.Add("capacity", "The number of seats is required.");
        }
        else
        {
            errors.Range("capacity", hubEvent.Capacity, 1, HubEvent.MaxCapacity);
        }

        if (hubEvent.Audience.Count == 0)
        {
            errors.Add("audience", $"Name whom it is for: one or more of {Abstractions.Json.EnumNames<Audience>.List}.");
        }

        for (var i = 0; i < hubEvent.Audience.Count; i++)
        {
            errors.Defined($"audience[{i}]", hubEvent.Audience[i]);
        }

        if (hubEvent.Price is < 0)
        {
            errors.Add("price", "The price is an amount in euro, not below zero (0 or none: free).");
        }

        errors.Defined("status", hubEvent.Status);
        errors.ThrowIfAny();
    }

    /// <summary>
    /// Whether an event may go from <paramref name="from"/> to <paramref name="to"/>: a draft anywhere, a published
    /// event to cancelled or held, a cancelled or held one nowhere else.
    /// </summary>
    public static bool CanMove(EventStatus from, EventStatus to) => from == to || from switch
    {
        EventStatus.Draft => true,
        EventStatus.Published => to is EventStatus.Cancelled or EventStatus.Held,
        _ => false,
    };

    private static void Organiser(FieldErrors errors, Organiser organiser)
    {
        if ((organiser.Hub is null) == (organiser.Actor is null))
        {
            errors.Add("organiser", "Name one organiser: the hub (hub, its name) or a member actor (actor: {kind, id}).");
        }

        errors.MaxLength("organiser.hub", organiser.Hub, ProfileVocabulary.MaxShortFieldLength);
        if (organiser.Actor is { } actor)
        {
            errors.Kind("organiser.actor", actor);
            if (ActorIds.Problem(actor.Id) is { } problem)
            {
                errors.Add("organiser.actor.id", problem);
            }
        }
    }

    private static void Times(FieldErrors errors, DateTime? start, DateTime? end)
    {
        if (start is null)
        {
            errors.Add("start", $"The start is required: a date and time in {EventTime.ZoneId} (YYYY-MM-DDTHH:MM).");
        }
        else if (start.Value.Kind != DateTimeKind.Unspecified)
        {
            errors.Add("start", $"A wall-clock time in {EventTime.ZoneId}, without an offset.");
        }

        if (end is null)
        {
            errors.Add("end", $"The end is required: a date and time in {EventTime.ZoneId} (YYYY-MM-DDTHH:MM).");
        }
        else if (end.Value.Kind != DateTimeKind.Unspecified)
        {
            errors.Add("end", $"A wall-clock time in {EventTime.ZoneId}, without an offset.");
        }
        else if (start is { } from && end <= from)
        {
            errors.Add("end", $"The end ({end:yyyy-MM-dd HH:mm}) is not after the start ({from:yyyy-MM-dd HH:mm}).");
        }
    }

    private static void Place(FieldErrors errors, EventPlace place)
    {
        var named = (place.Space is null ? 0 : 1) + (place.Address is null ? 0 : 1) + (place.Online ? 1 : 0);
        if (named != 1)
        {
            errors.Add("place", "Name one place: a co-working space (space, its id), an address, or online (online: true).");
        }

        if (place.Space is { } space && ActorIds.Problem(space) is { } problem)
        {
            errors.Add("place.space", problem);
        }

        errors.MaxLength("place.address", place.Address, ProfileVocabulary.MaxShortFieldLength);
        errors.MaxLength("place.link", place.Link, MaxLinkLength);
        if (place.Link is { } link && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            errors.Add("place.link", "An http(s) address is expected.");
        }
    }
}
