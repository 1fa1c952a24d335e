using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Text;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Silo.Pages;

/// <summary>
/// Every text of the web pages in Italian and English, in one place. A page gets the instance for the
/// request's language from <see cref="Of"/> (set by <see cref="WebPages"/> from <c>?lang=</c> or the
/// <c>lang</c> cookie; Italian by default).
/// </summary>
public sealed partial class Texts
{
    public const string Italian = "it";
    public const string English = "en";
    public const string CookieName = "lang";

    public static readonly Texts It = new(Italian);
    public static readonly Texts En = new(English);

    private Texts(string language) => Language = language;

    /// <summary><c>it</c> or <c>en</c>: the page's <c>lang</c> attribute.</summary>
    public string Language { get; }

    public bool IsEnglish => Language == English;

    public static Texts For(string? language) => language == English ? En : It;

    /// <summary>The texts of the request's language (Italian when none was chosen).</summary>
    public static Texts Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[typeof(Texts)] as Texts ?? For(context.Request.Cookies[CookieName]);
    }

    private string T(string italian, string english) => IsEnglish ? english : italian;

    // Numbers, money and dates, as LocalFormat writes them for the page's language
    public string Number(double value, int decimals = 0) => LocalFormat.Number(value, Language, decimals);

    public string Euros(decimal amount) => LocalFormat.Euros(amount, Language);

    public string Date(DateOnly date) => LocalFormat.Date(date, Language);

    public string DateTime(DateTimeOffset at) => LocalFormat.DateTime(at, Language);

    public string Percent(double share) => LocalFormat.Percent(share, Language);

    // Layout
    public string SiteName => T("Matchmaking dell'ecosistema", "Ecosystem matchmaking");
    public string SkipToContent => T("Vai al contenuto", "Skip to content");
    public string MainNavigation => T("Navigazione principale", "Main navigation");
    public string LanguageChoice => T("Lingua", "Language");
    public string Footer => T("Aziende, startup e ricercatori dell'area Cremona–Brescia–Milano.", "Companies, startups and researchers of the Cremona–Brescia–Milano area.");
    public string NavHome => T("Panoramica", "Overview");
    public string NavDirectory => T("Elenco", "Directory");
    public string NavCoach => T("Area coach", "Coach workspace");
    public string NavCalls => T("Bandi", "Calls");
    public string NavEvents => T("Eventi e corsi", "Events and courses");
    public string SignIn => T("Accedi", "Sign in");
    public string SignOut => T("Esci", "Sign out");
    public string SignedInAs(string who) => T($"Accesso come {who}", $"Signed in as {who}");

    // Kinds and vocabularies
    public string Kind(ActorKind kind) => kind switch
    {
        ActorKind.Company => T("Azienda", "Company"),
        ActorKind.Startup => T("Startup", "Startup"),
        _ => T("Ricercatore", "Researcher"),
    };

    public string KindPlural(ActorKind kind) => kind switch
    {
        ActorKind.Company => T("Aziende", "Companies"),
        ActorKind.Startup => T("Startup", "Startups"),
        _ => T("Ricercatori", "Researchers"),
    };

    public string ThemeLabel(ThemeDefinition theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return IsEnglish ? theme.LabelEn : theme.LabelIt;
    }

    public string ThemeDescription(ThemeDefinition theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return IsEnglish ? theme.DescriptionEn : theme.DescriptionIt;
    }

    public string Factor(string factor) => factor switch
    {
        "needs" => T("Risponde ai bisogni", "Meets the needs"),
        "offers" => T("Cerca ciò che si offre", "Seeks what is offered"),
        "mutual" => T("Interesse reciproco", "Mutual fit"),
        "themes" => T("Temi in comune", "Shared themes"),
        "text" => T("Descrizioni affini", "Similar descriptions"),
        "semantic" => T("Significato affine", "Related in meaning"),
        "graph" => T("Collaborazioni vicine", "Nearby collaborations"),
        "proximity" => T("Vicinanza", "Proximity"),
        "kind" => T("Tipo di partner", "Kind of partner"),
        "track-record" => T("Esperienza", "Track record"),
        "stage" => T("Fase", "Stage"),
        "freshness" => T("Profilo aggiornato", "Fresh profile"),
        "relevance" => T("Pertinenza al brief", "Relevance to the brief"),
        "coverage" => T("Copertura dei ruoli", "Coverage of the roles"),
        "fit" => T("Affinità nel gruppo", "Fit within the team"),
        _ => factor,
    };

    public string Stage(string? stage) => stage switch
    {
        "idea" => T("Idea", "Idea"),
        "mvp" => T("Prodotto minimo (MVP)", "Minimum viable product"),
        "revenue" => T("Con fatturato", "Revenue"),
        "scale-up" => T("Scale-up", "Scale-up"),
        null => "",
        _ => stage,
    };

    public string Position(string? position) => position switch
    {
        "professor" => T("Professore ordinario", "Professor"),
        "associate-professor" => T("Professore associato", "Associate professor"),
        "researcher" => T("Ricercatore", "Researcher"),
        "research-fellow" => T("Assegnista di ricerca", "Research fellow"),
        "phd-student" => T("Dottorando", "PhD student"),
        "technician" => T("Tecnico", "Technician"),
        null => "",
        _ => position,
    };

    public string Availability(string? availability) => availability switch
    {
        "available" => T("Disponibile", "Available"),
        "limited" => T("Disponibilità limitata", "Limited availability"),
        "unavailable" => T("Non disponibile", "Unavailable"),
        null => "",
        _ => availability,
    };

    public string Seek(string seek) => seek switch
    {
        "pilot-customers" => T("Clienti pilota", "Pilot customers"),
        "co-development" => T("Co-sviluppo", "Co-development"),
        "investors" => T("Investitori", "Investors"),
        "scientific-partners" => T("Partner scientifici", "Scientific partners"),
        "suppliers" => T("Fornitori", "Suppliers"),
        _ => seek,
    };

    // Home
    public string HomeTitle => T("L'ecosistema in breve", "The ecosystem at a glance");
    public string HomeIntro => T("Dove sono gli attori, chi offre e chi cerca ogni tema, chi ha già lavorato con chi, dove mancano competenze e le ultime proposte di progetto.", "Where the actors are, who offers and who seeks each theme, who has worked with whom, where skills are missing and the latest project proposals.");
    public string ActorsCount => T("Attori", "Actors");
    public string Themes => T("Temi", "Themes");
    public string Theme => T("Tema", "Theme");
    public string Offerers => T("Chi offre", "Offerers");
    public string Seekers => T("Chi cerca", "Seekers");
    public string Gaps => T("Domanda scoperta", "Gaps");
    public string GapsIntro => T("Temi cercati in una provincia da più attori di quanti li offrano lì.", "Themes sought in a province by more actors than offer them there.");
    public string NoGaps => T("Nessun tema ha domanda scoperta.", "No theme has unmet demand.");
    public string GapLine(int seekers, int localOfferers, int gap) => T(
        $"chi cerca: {seekers}, chi offre nella stessa provincia: {localOfferers}, domanda scoperta: {gap}",
        $"seekers: {seekers}, offerers in their province: {localOfferers}, unmet demand: {gap}");
    public string RecentProposals => T("Proposte recenti", "Recent proposals");
    public string NoProposals => T("Ancora nessuna proposta.", "No proposals yet.");
    public string SupplyDemandChart(string theme) => T($"Offerta e domanda per {theme}", $"Supply and demand for {theme}");

    // Directory
    public string DirectoryTitle => T("Elenco degli attori", "Directory of actors");
    public string SearchText => T("Testo", "Text");
    public string SearchHint => T("Nome, descrizione, cosa offre o cerca", "Name, description, what it offers or seeks");
    public string KindLabel => T("Tipo", "Kind");
    public string Province => T("Provincia", "Province");
    public string Any => T("Tutti", "Any");
    public string Search => T("Cerca", "Search");
    public string Results(int total) => T($"{total} risultati", $"{total} results");
    public string NoResults => T("Nessun attore corrisponde alla ricerca.", "No actor matches the search.");
    public string Previous => T("Precedenti", "Previous");
    public string Next => T("Successivi", "Next");
    public string Name => T("Nome", "Name");
    public string Place => T("Luogo", "Place");
    public string InvalidFilters => T("Alcuni filtri non sono validi.", "Some filters are not valid.");

    // Actor
    public string Description => T("Descrizione", "Description");
    public string Offers => T("Offre", "Offers");
    public string Needs => T("Cerca", "Needs");
    public string Website => T("Sito web", "Website");
    public string Municipality => T("Comune", "Municipality");
    public string Region => T("Regione", "Region");
    public string Country => T("Paese", "Country");
    public string SectorCode => T("Codice ATECO", "Sector code (ATECO/NACE)");
    public string Employees => T("Dipendenti", "Employees");
    public string StageLabel => T("Fase", "Stage");
    public string FoundingYear => T("Anno di fondazione", "Founding year");
    public string TeamSize => T("Persone nel team", "Team size");
    public string Technology => T("Tecnologia", "Technology");
    public string StartupSeeks => T("Cerca partner per", "Looking for");
    public string Affiliation => T("Ateneo o ente", "Affiliation");
    public string Department => T("Dipartimento", "Department");
    public string Lab => T("Laboratorio", "Lab");
    public string PositionLabel => T("Ruolo", "Position");
    public string AvailabilityLabel => T("Disponibilità per progetti", "Availability for projects");
    public string Keywords => T("Parole chiave", "Keywords");
    public string Visibility => T("Visibilità", "Visibility");
    public string VisibilityPublic => T("Pubblico: tutti lo vedono", "Public: everyone sees it");
    public string VisibilityMembers => T("Soci: solo chi ha accesso", "Members: only signed-in users");
    public string VisibilityHidden => T("Nascosto: solo tu e gli amministratori", "Hidden: only you and the administrators");
    public string Paused => T("In pausa (non compare nei suggerimenti)", "Paused (not suggested to others)");
    public string Edit => T("Modifica il profilo", "Edit the profile");
    public string Suggestions => T("Partner suggeriti", "Suggested partners");
    public string SuggestionsIntro => T("I migliori partner secondo il motore, con le ragioni: ogni barra è il peso di una ragione.", "The engine's best partners, with reasons: each bar is how much a reason weighs.");
    public string NoSuggestions => T("Nessun suggerimento per ora.", "No suggestions for now.");
    public string Score => T("Punteggio", "Score");
    public string Accept => T("Accetta", "Accept");
    public string Decline => T("Rifiuta", "Decline");
    public string AcceptedNotice(string name) => T($"Collaborazione con {name} registrata.", $"Collaboration with {name} recorded.");
    public string DeclinedNotice(string name) => T($"{name} non ti sarà più suggerito.", $"{name} will not be suggested to you again.");
    public string ProposalsNamingIt => T("Proposte di progetto che lo citano", "Project proposals that name it");
    public string Collaborations => T("Collaborazioni", "Collaborations");
    public string NotFoundTitle => T("Pagina non trovata", "Page not found");
    public string NotFoundText => T("Quello che cerchi non c'è, o non è visibile.", "What you are looking for is not here, or not visible.");
    public string ForbiddenTitle => T("Accesso negato", "Access denied");
    public string ForbiddenText => T("Non hai il permesso di aprire questa pagina.", "You are not allowed to open this page.");
    public string ErrorTitle => T("Qualcosa non ha funzionato", "Something went wrong");
    public string ErrorText(int status) => T($"La richiesta non è riuscita (codice {status}).", $"The request did not succeed (status {status}).");
    public string BackHome => T("Torna alla panoramica", "Back to the overview");

    // Edit
    public string EditTitle(string name) => T($"Modifica: {name}", $"Edit: {name}");
    public string Save => T("Salva", "Save");
    public string Cancel => T("Annulla", "Cancel");
    public string Saved => T("Profilo salvato.", "Profile saved.");
    public string NotSaved => T("Il profilo non è stato salvato: correggi i campi segnalati.", "The profile was not saved: correct the fields marked below.");
    public string Conflict => T("Il profilo è cambiato nel frattempo: ricarica la pagina e riprova.", "The profile changed meanwhile: reload the page and try again.");
    public string OnePerLine => T("Una voce per riga", "One item per line");
    public string ThemePickerHint => T("I temi su cui lavora: chi li cerca e chi li offre vi troverà. I temi più specifici sono sotto quello che li comprende.", "The themes it works on: whoever seeks or offers them will find it. The narrower themes sit under the one that holds them.");
    public string NotANumber => T("Serve un numero intero.", "A whole number is required.");
    public string NotChosen => T("(non indicato)", "(not given)");

    // Theme
    public string ThemeOfferers => T("Chi offre il tema", "Who offers the theme");
    public string ThemeSeekers => T("Chi cerca il tema", "Who seeks the theme");
    public string ByProvince => T("Per provincia", "By province");
    public string GapsByProvince => T("Domanda scoperta per provincia", "Gaps by province");
    public string GapsByProvinceIntro => T("Province dove qualcuno cerca il tema ma nessuno del posto lo offre.", "Provinces where someone seeks the theme but nobody local offers it.");
    public string Nobody => T("Nessuno.", "Nobody.");
    public string NoUnmetSeekers => T("Nessuna provincia scoperta: chi cerca il tema lo trova offerto nella propria provincia.", "No province without supply: whoever seeks the theme finds it offered in their own province.");
    public string SubThemes => T("Sotto-temi", "Sub-themes");
    public string ParentTheme => T("Tema padre", "Parent theme");

    // Sign-in
    public string SignInTitle => T("Accedi", "Sign in");
    public string UserName => T("Nome utente", "User name");
    public string Password => T("Password", "Password");
    public string BadCredentials => T("Nome utente o password errati.", "Wrong user name or password.");
    public string Required => T("Campo obbligatorio.", "Required.");
    public string TooManyAttemptsTitle => T("Troppi tentativi di accesso.", "Too many sign-in attempts.");

    public string TooManyAttempts(int minutes) => minutes <= 1
        ? T("Troppe password errate: riprova fra un minuto.", "Too many wrong passwords: try again in a minute.")
        : T($"Troppe password errate: riprova fra {minutes} minuti.", $"Too many wrong passwords: try again in {minutes} minutes.");
    public string SignInUnavailable => T("L'accesso non è ancora disponibile.", "Signing in is not available yet.");

    // Coach, proposals and calls
    public string CoachTitle => T("Area del coach", "Coach workspace");
    public string CoachIntro => T("Scrivi un brief: il motore forma i gruppi di progetto, con le ragioni e i bandi adatti.", "Write a brief: the engine forms project teams, with their reasons and the calls that fit.");
    public string Brief => T("Brief di progetto", "Project brief");
    public string NeedLabel => T("Bisogno o idea (facoltativo)", "Need or idea (optional)");
    public string NeedHint => T("In italiano o in inglese, per esempio: manutenzione predittiva per presse", "Italian or English, e.g. predictive maintenance for presses");
    public string RegionLabel => T("Solo da questa provincia (facoltativo)", "Only from this province (optional)");
    public string TopLabel => T("Quanti gruppi", "How many teams");
    public string FormTeams => T("Forma i gruppi", "Form teams");
    public string Portfolio => T("Portafoglio", "Portfolio");
    public string NoPortfolio => T("Nessuna proposta: scrivi un brief.", "No proposals: write a brief.");
    public string ProposalsFormed(int count) => T($"{count} proposte formate: le trovi qui sotto come bozze.", $"{count} proposals formed: they are below as drafts.");
    public string ProposalSent => T("Proposta accolta nel portafoglio: i membri del gruppo possono ora accettare o rifiutare.", "Proposal accepted into the portfolio: the team's members can now accept or decline.");
    public string ProposalStarted => T("Progetto avviato: i membri ora collaborano.", "Project started: the members now collaborate.");
    public string ProposalDropped => T("Proposta scartata.", "Proposal dropped.");
    public string AcceptIntoPortfolio => T("Accogli nel portafoglio", "Accept into the portfolio");
    public string StartProject => T("Avvia il progetto", "Start the project");
    public string Drop => T("Scarta", "Drop");
    public string Team => T("Gruppo", "Team");
    public string TeamGraph(string title) => T($"Il gruppo della proposta {title}", $"The team of proposal {title}");
    public string Reasons => T("Perché funziona", "Why it works");
    public string MatchingCalls => T("Bandi adatti", "Matching calls");
    public string NoMatchingCalls => T("Nessun bando aperto adatto.", "No open call fits.");
    public string StatusLabel => T("Stato", "Status");
    public string Deadline => T("Scadenza", "Deadline");
    public string Budget => T("Budget", "Budget");
    public string Fit => T("Affinità", "Fit");
    public string Publisher => T("Ente", "Publisher");
    public string Eligible => T("Chi può partecipare", "Who may apply");
    public string History => T("Storia", "History");

    public string HistoryAction(string action) => action switch
    {
        "created" => T("creata", "created"),
        "proposed" => T("proposta ai membri", "proposed to the members"),
        "accepted" => T("un membro ha accettato", "a member accepted"),
        "declined" => T("un membro ha rifiutato", "a member declined"),
        "started" => T("avviata", "started"),
        "dropped" => T("scartata", "dropped"),
        _ => action,
    };
    public string YourDecision => T("La tua decisione", "Your decision");
    public string DecisionRecorded => T("Decisione registrata.", "Decision recorded.");
    public string SignInForProposals => T("Accedi per vedere le proposte.", "Sign in to see the proposals.");

    public string ProposalStatusName(Abstractions.Proposals.ProposalStatus status) => status switch
    {
        Abstractions.Proposals.ProposalStatus.Draft => T("Bozza", "Draft"),
        Abstractions.Proposals.ProposalStatus.Proposed => T("Proposta ai membri", "Proposed to the members"),
        Abstractions.Proposals.ProposalStatus.Accepted => T("Accettata da tutti", "Accepted by all"),
        Abstractions.Proposals.ProposalStatus.Declined => T("Rifiutata", "Declined"),
        Abstractions.Proposals.ProposalStatus.Started => T("Avviata", "Started"),
        _ => T("Scartata", "Dropped"),
    };

    public string Role(string role) => role switch
    {
        "company" => T("Azienda adottante", "Adopting company"),
        "research" => T("Responsabile scientifico", "Scientific lead"),
        "startup" => T("Startup", "Startup"),
        "supplier" => T("Fornitore di tecnologia", "Technology supplier"),
        _ => role,
    };

    public string AnswerLegend(bool? accepted) => accepted switch
    {
        true => T("Ha accettato", "Accepted"),
        false => T("Ha rifiutato", "Declined"),
        null => T("In attesa di risposta", "Waiting for an answer"),
    };

    public string Decision(Abstractions.Relations.FeedbackDecision? decision) => decision switch
    {
        Abstractions.Relations.FeedbackDecision.Accept => T("ha accettato", "accepted"),
        Abstractions.Relations.FeedbackDecision.Decline => T("ha rifiutato", "declined"),
        _ => T("in attesa", "waiting"),
    };

    public string Applicant(Abstractions.Calls.Applicant applicant) => applicant switch
    {
        Abstractions.Calls.Applicant.Sme => T("PMI", "SMEs"),
        Abstractions.Calls.Applicant.Startup => T("Startup", "Startups"),
        Abstractions.Calls.Applicant.University => T("Università", "Universities"),
        _ => T("Enti pubblici", "Public bodies"),
    };

    public string CallsTitle => T("Bandi aperti", "Open calls");
    public string CallsIntro => T("I bandi che accettano domande oggi, con le proposte del tuo portafoglio che potrebbero rispondere.", "The calls taking applications today, with the proposals of your portfolio that could answer them.");
    public string NoCalls => T("Nessun bando aperto.", "No open calls.");
    public string FittingProposals => T("Proposte adatte", "Fitting proposals");
    public string NoFittingProposals => T("Nessuna proposta adatta, per ora.", "No fitting proposal for now.");
    public string CallPage => T("Pagina del bando", "The call's page");
}
