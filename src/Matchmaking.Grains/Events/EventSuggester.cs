using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Grains.Events;

/// <summary>An event or course suggested to an actor: its score and why, in the asked language.</summary>
public sealed record EventSuggestion(StoredEvent Stored, double Score, IReadOnlyList<string> Reasons);

/// <summary>
/// Suggestions around events and courses, from this silo's read models (no I/O): upcoming published events and
/// courses to an actor by the themes it seeks (first) and works on; speakers and teachers to an organiser (the
/// engine's answer to the event's title, description and themes as a brief, researchers and companies only); after
/// an event is held, its attendees to each other by what one offers and the other seeks.
/// </summary>
public sealed class EventSuggester(EventBoard board, Matchmaker matchmaker, ThemeTaxonomy taxonomy, TimeProvider clock)
{
    private const double SoughtWeight = 1.0;
    private const double WorkedOnWeight = 0.4;
    private const double RelatedShare = 0.6;

    /// <summary>Upcoming published events and courses for <paramref name="actor"/>, best first; empty when it is unknown to the engine.</summary>
    public IReadOnlyList<EventSuggestion> ForActor(ActorRef actor, string language, int top)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (matchmaker.Profile(actor) is not { } profile)
        {
            return [];
        }

        var themes = ProfileThemes.Of(profile, taxonomy);
        var now = clock.GetUtcNow();
        var nowInRome = EventTime.ToRome(now);
        var audience = AudienceOf(actor.Kind);
        var suggestions = new List<EventSuggestion>();
        foreach (var stored in board.All())
        {
            var hubEvent = stored.Event;
            if (hubEvent.Status != EventStatus.Published || hubEvent.Start is not { } start || start <= nowInRome || stored.StatusOf(actor) is not null)
            {
                continue;
            }

            var naming = EventWording.Naming(hubEvent, language, nowInRome.Year);
            var score = 0.0;
            var reasons = new List<(double Weight, string Text)>();
            foreach (var theme in hubEvent.Themes)
            {
                var label = EventWording.Theme(taxonomy, theme, language);
                if (Fit(theme, themes.Sought) is > 0 and var sought)
                {
                    score += SoughtWeight * sought;
                    reasons.Add((SoughtWeight * sought, EventWording.Sought(label, naming, language)));
                }
                else if (Fit(theme, themes.Offered) is > 0 and var offered)
                {
                    score += WorkedOnWeight * offered;
                    reasons.Add((WorkedOnWeight * offered, EventWording.WorkedOn(label, naming, language)));
                }
            }

            if (score <= 0)
            {
                continue;
            }

            if (!hubEvent.Audience.Contains(audience))
            {
                score /= 2; // on its themes, but meant for others
            }

            suggestions.Add(new EventSuggestion(stored, Math.Round(score, 4), [.. reasons.OrderByDescending(r => r.Weight).Select(r => r.Text)]));
        }

        return [.. suggestions
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Stored.Event.Start)
            .ThenBy(s => s.Stored.Id, StringComparer.Ordinal)
            .Take(top)];
    }

    /// <summary>
    /// Researchers and companies that offer what the event is about, best first: the engine's suggestions for the
    /// event's title, description and themes (in <paramref name="language"/>) as a brief (the organiser left out), with the event's themes each offers
    /// named first.
    /// </summary>
    public IReadOnlyList<SuggestionItem> SpeakersFor(StoredEvent stored, string language, int top)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var hubEvent = stored.Event;
        // The brief in the asked language where the event has it; the reasons in that language whatever the text is in.
        var brief = string.Join(". ", new[] { hubEvent.Title.In(language), hubEvent.Description?.In(language) }
            .Concat(hubEvent.Themes.Select(t => EventWording.Theme(taxonomy, t, language)))
            .Where(t => !string.IsNullOrWhiteSpace(t)));
        var request = new SuggestionRequest([ActorKind.Researcher, ActorKind.Company], Math.Min(SuggestionRequest.MaxTop, top + 1), Lang: language);
        var items = new List<SuggestionItem>();
        foreach (var item in matchmaker.SuggestForBrief(brief, request))
        {
            var candidate = new ActorRef(item.Kind, item.Id);
            if (candidate == hubEvent.Organiser.Actor || items.Count == top)
            {
                continue;
            }

            var offered = matchmaker.Profile(candidate) is { } profile ? ProfileThemes.Of(profile, taxonomy).Offered : new HashSet<string>();
            var own = hubEvent.Themes.Where(t => Fit(t, offered) > 0)
                .Select(t => new SuggestionReason("event-theme", 0, EventWording.OffersTheme(EventWording.Theme(taxonomy, t, language), hubEvent.Kind, language)));
            items.Add(item with { Reasons = [.. own, .. item.Reasons] });
        }

        return items;
    }

    /// <summary>
    /// The other attendees of a held event for <paramref name="attendee"/>, best first: what they offer that it seeks,
    /// what they seek that it offers, themes they share. Throws <see cref="StateConflictException"/> unless the event
    /// was held, <see cref="NotFoundException"/> when <paramref name="attendee"/> had no seat.
    /// </summary>
    public IReadOnlyList<SuggestionItem> AttendeesFor(StoredEvent stored, ActorRef attendee, string language, int top)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(attendee);
        if (stored.Event.Status != EventStatus.Held)
        {
            throw new StateConflictException($"The {stored.Event.Kind.Name()} '{stored.Id}' has not been held yet: its attendees are suggested to each other afterwards.");
        }

        if (stored.StatusOf(attendee) != RegistrationStatus.Registered)
        {
            throw NotFoundException.Of($"attendee {attendee} of the {stored.Event.Kind.Name()} '{stored.Id}'");
        }

        var mine = matchmaker.Profile(attendee) is { } own ? ProfileThemes.Of(own, taxonomy) : new ProfileThemes(new HashSet<string>(), new HashSet<string>());
        var naming = EventWording.Naming(stored.Event, language, EventTime.ToRome(clock.GetUtcNow()).Year);
        var items = new List<SuggestionItem>();
        foreach (var other in stored.Registered.Select(r => r.Member).Where(m => m != attendee))
        {
            if (matchmaker.Profile(other) is not { Suggestible: true } profile)
            {
                continue;
            }

            var theirs = ProfileThemes.Of(profile, taxonomy);
            var reasons = new List<SuggestionReason>();
            foreach (var theme in theirs.Offered.Where(mine.Sought.Contains).Order(StringComparer.Ordinal))
            {
                reasons.Add(new("complementary", 1.0, EventWording.OffersWhatYouSeek(EventWording.Theme(taxonomy, theme, language), language)));
            }

            foreach (var theme in theirs.Sought.Where(mine.Offered.Contains).Order(StringComparer.Ordinal))
            {
                reasons.Add(new("complementary", 0.8, EventWording.SeeksWhatYouOffer(EventWording.Theme(taxonomy, theme, language), language)));
            }

            foreach (var theme in theirs.Offered.Where(mine.Offered.Contains).Order(StringComparer.Ordinal))
            {
                reasons.Add(new("themes", 0.3, EventWording.AlsoWorksOn(EventWording.Theme(taxonomy, theme, language), language)));
            }

            reasons.Add(new("event", 0.1, EventWording.AlsoAttended(naming, language)));
            items.Add(new SuggestionItem(other.Id, other.Kind, profile.Name, Math.Round(reasons.Sum(r => r.Contribution), 4), [.. reasons.OrderByDescending(r => r.Contribution)]));
        }

        return [.. items.OrderByDescending(i => i.Score).ThenBy(i => i.Kind).ThenBy(i => i.Id, StringComparer.Ordinal).Take(top)];
    }

    // 1 when the actor names the theme, a share when it names a broader or narrower one, else 0.
    private double Fit(string theme, IReadOnlySet<string> actorThemes) =>
        actorThemes.Contains(theme) ? 1
        : taxonomy.Ancestors(theme).Any(actorThemes.Contains) || taxonomy.Descendants(theme).Any(actorThemes.Contains) ? RelatedShare
        : 0;

    private static Audience AudienceOf(ActorKind kind) => kind switch
    {
        ActorKind.Company => Audience.Companies,
        ActorKind.Startup => Audience.Startups,
        _ => Audience.Researchers,
    };
}
