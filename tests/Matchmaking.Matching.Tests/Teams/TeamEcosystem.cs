using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Teams;

namespace Matchmaking.Matching.Tests.Teams;

/// <summary>A small ecosystem around predictive maintenance of presses: companies, researchers, startups, one hidden actor.</summary>
internal sealed class TeamEcosystem
{
    public static readonly Place Lumezzane = new("Lumezzane", "BS", "Lombardia", "IT");
    public static readonly Place Brescia = new("Brescia", "BS", "Lombardia", "IT");
    public static readonly Place Cremona = new("Cremona", "CR", "Lombardia", "IT");
    public static readonly Place Milano = new("Milano", "MI", "Lombardia", "IT");

    public TeamEcosystem(bool standard = true)
    {
        if (!standard)
        {
            return;
        }

        Add("company/valvole", ActorType.Company, "Valvole Bresciane", Lumezzane,
            "Azienda manifatturiera: produciamo valvole in ottone a Lumezzane con presse e transfer.",
            offers: ["dati di produzione delle presse", "stampaggio a caldo dell'ottone"],
            needs: ["manutenzione predittiva delle presse"]);
        Add("company/fonderia", ActorType.Company, "Fonderia Lombarda", Milano,
            "Fonderia di ghisa con forni e presse, a Milano.",
            offers: ["dati di produzione dei forni"],
            needs: ["manutenzione predittiva dei forni e delle presse"]);
        Add("company/stampi", ActorType.Company, "Stampi Cremonesi", Cremona,
            "Costruiamo stampi e presse per lamiera a Cremona.",
            offers: ["dati di produzione delle presse per lamiera"],
            needs: ["manutenzione predittiva delle presse per lamiera"]);
        Add("company/pasticceria", ActorType.Company, "Pasticceria Dolce", Cremona,
            "Torte e pasticcini per matrimoni.",
            offers: ["torte nuziali"]);
        Add("researcher/rossi", ActorType.Researcher, "Prof. Anna Rossi", Brescia,
            "Machine learning for predictive maintenance of industrial presses.",
            offers: ["predictive maintenance of presses"],
            needs: ["dati di produzione delle presse"]);
        Add("researcher/bianchi", ActorType.Researcher, "Prof. Carlo Bianchi", Brescia,
            "Machine learning for predictive maintenance of industrial presses.",
            offers: ["predictive maintenance of presses"],
            needs: ["borse di dottorato in astrofisica"]);
        Add("researcher/verdi", ActorType.Researcher, "Dr. Luca Verdi", Cremona,
            "Condition monitoring and predictive maintenance of furnaces.",
            offers: ["predictive maintenance of furnaces"]);
        Add("startup/vibra", ActorType.Startup, "VibraSense", Brescia,
            "Sensori di vibrazione per la manutenzione predittiva delle presse.",
            offers: ["sensori di vibrazione per manutenzione predittiva"],
            needs: ["aziende manifatturiere con presse per progetti pilota"]);
        Add("company/nascosta", ActorType.Company, "Presse Nascoste", Brescia,
            "Manutenzione predittiva delle presse, presse ovunque.",
            offers: ["dati di produzione delle presse"],
            needs: ["manutenzione predittiva delle presse"],
            suggestible: false);
    }

    public Dictionary<string, MatchProfile> Profiles { get; } = new(StringComparer.Ordinal);

    public MatchIndex Index { get; } = new();

    public TeamFormation Formation => new(Index);

    public TeamEcosystem Add(
        string key,
        ActorType type,
        string name,
        Place place,
        string description,
        IReadOnlyList<string>? offers = null,
        IReadOnlyList<string>? needs = null,
        IReadOnlyDictionary<string, int>? partners = null,
        bool suggestible = true)
    {
        var profile = new MatchProfile
        {
            Key = key,
            Type = type,
            Name = name,
            Place = place,
            Description = description,
            Offers = offers ?? [],
            Needs = needs ?? [],
            Partners = partners ?? new Dictionary<string, int>(),
            Suggestible = suggestible,
        };
        Profiles[key] = profile;
        Index.Upsert(profile);
        return this;
    }

    /// <summary>A brief for teams of a company and a research partner around the need, quoting this ecosystem's profiles.</summary>
    public TeamBrief Brief(string? need = "manutenzione predittiva delle presse", int top = 5) => new()
    {
        Need = need,
        Required = [TeamRole.Company, TeamRole.Research],
        Optional = [],
        Top = top,
        MaxProposalsPerActor = 5,
        Profiles = key => Profiles.GetValueOrDefault(key),
    };

    public IReadOnlyList<TeamProposal> Propose(TeamBrief brief) => Formation.Propose(brief);
}
