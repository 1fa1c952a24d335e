using Matchmaking.Abstractions.Events;

namespace Matchmaking.Silo.Pages;

/// <summary>The texts of the events and courses pages.</summary>
public sealed partial class Texts
{
    private static readonly string[] MonthsIt = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];
    private static readonly string[] MonthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public string EventsTitle => T("Eventi e corsi", "Events and courses");
    public string EventsIntro => T("Eventi di divulgazione e corsi di formazione dei poli: iscriviti, e se i posti sono finiti entri in lista d'attesa.", "The hubs' dissemination events and training courses: register, and when the seats are taken you join the waiting list.");
    public string NoEvents => T("Nessun evento o corso.", "No events or courses.");
    public string AllKinds => T("Tutti", "All");
    public string SuggestedEvents => T("Suggeriti per te", "Suggested for you");
    public string When => T("Quando", "When");
    public string Where => T("Dove", "Where");
    public string Organiser => T("Organizza", "Organiser");
    public string Seats => T("Posti", "Seats");
    public string Audience => T("Per chi", "For whom");
    public string Price => T("Prezzo", "Price");
    public string Free => T("Gratuito", "Free");
    public string Online => T("Online", "Online");
    public string JoinLink => T("Collegamento", "Link to join");
    public string CoworkingSpace => T("Spazio di co-working", "Co-working space");
    public string AddToCalendar => T("Aggiungi al calendario (.ics)", "Add to calendar (.ics)");
    public string Register => T("Iscriviti", "Register");
    public string CancelRegistration => T("Annulla l'iscrizione", "Cancel my registration");
    public string Registrations => T("Iscritti", "Registrations");
    public string WaitingList => T("Lista d'attesa", "Waiting list");
    public string NoRegistrations => T("Nessun iscritto.", "No registrations.");
    public string Speakers => T("Relatori e docenti suggeriti", "Suggested speakers and teachers");
    public string NoSpeakers => T("Nessun relatore suggerito.", "No speaker to suggest.");
    public string Manage => T("Gestisci", "Manage");
    public string CancelEvent(EventKind kind) => kind == EventKind.Course ? T("Annulla il corso", "Cancel the course") : T("Annulla l'evento", "Cancel the event");
    public string MarkHeld => T("Segna come svolto", "Mark as held");
    public string Publish => T("Pubblica", "Publish");
    public string SignInToRegister => T("Accedi come membro per iscriverti.", "Sign in as a member to register.");
    public string RegisteredNotice => T("Sei iscritto: hai un posto.", "You are registered: you have a seat.");
    public string CancelledNotice => T("Iscrizione annullata.", "Registration cancelled.");
    public string StatusChangedNotice => T("Stato aggiornato.", "Status updated.");
    public string RegistrationRefused => T("Iscrizione non possibile in questo stato.", "Registration is not possible in this state.");

    public string WaitingNotice(int? position) => T($"Posti esauriti: sei in lista d'attesa (posizione {position}).", $"No seats left: you are on the waiting list (position {position}).");

    public string SeatsOf(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return T($"{stored.Registered.Count} su {stored.Event.Capacity} occupati, {stored.Waiting.Count} in attesa",
            $"{stored.Registered.Count} of {stored.Event.Capacity} taken, {stored.Waiting.Count} waiting");
    }

    public string YourStatus(RegistrationStatus status) => status == RegistrationStatus.Registered
        ? T("Sei iscritto: hai un posto.", "You are registered: you have a seat.")
        : T("Sei in lista d'attesa.", "You are on the waiting list.");

    public string EventKindName(EventKind kind) => kind == EventKind.Course ? T("Corso", "Course") : T("Evento", "Event");

    public string EventStatusName(EventStatus status) => status switch
    {
        EventStatus.Draft => T("Bozza", "Draft"),
        EventStatus.Published => T("Pubblicato", "Published"),
        EventStatus.Cancelled => T("Annullato", "Cancelled"),
        _ => T("Svolto", "Held"),
    };

    public string AudienceName(Abstractions.Events.Audience audience) => audience switch
    {
        Abstractions.Events.Audience.Companies => T("aziende", "companies"),
        Abstractions.Events.Audience.Startups => T("startup", "startups"),
        Abstractions.Events.Audience.Researchers => T("ricercatori", "researchers"),
        Abstractions.Events.Audience.Citizens => T("cittadini", "citizens"),
        _ => T("scuole", "schools"),
    };

    /// <summary>"14 marzo 2027, 9:00–13:00" / "14 March 2027, 9:00–13:00" (Europe/Rome).</summary>
    public string EventWhen(HubEvent hubEvent)
    {
        ArgumentNullException.ThrowIfNull(hubEvent);
        if (hubEvent.Start is not { } start || hubEvent.End is not { } end)
        {
            return "";
        }

        var day = $"{start.Day} {(IsEnglish ? MonthsEn : MonthsIt)[start.Month - 1]} {start.Year}";
        var endDay = end.Date == start.Date ? "" : $"{end.Day} {(IsEnglish ? MonthsEn : MonthsIt)[end.Month - 1]} {end.Year}, ";
        return $"{day}, {start:H:mm}–{endDay}{end:H:mm}";
    }

    /// <summary>The text in the page's language; the other language's (with its <c>lang</c>) when it has none.</summary>
    public (string Text, string Lang) Pick(BilingualText? text)
    {
        if (text is null)
        {
            return ("", Language);
        }

        var own = IsEnglish ? text.En : text.It;
        return own is not null ? (own, Language) : ((IsEnglish ? text.It : text.En) ?? "", IsEnglish ? Italian : English);
    }
}
