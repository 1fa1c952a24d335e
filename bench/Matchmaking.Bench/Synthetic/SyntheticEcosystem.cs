using Matchmaking.Abstractions.Profiles;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Bench.Synthetic;

/// <summary>
/// Deterministic synthetic actors with realistic text lengths and theme mixes, for benchmarks at
/// sizes the demo cannot reach. Words come from the taxonomy's bilingual terms and a pool of
/// ordinary profile vocabulary; the same seed gives the same ecosystem.
/// </summary>
public sealed class SyntheticEcosystem(int seed = 42)
{
    private static readonly string[] Provinces = ["CR", "BS", "MI", "BG", "LO", "MN"];
    private static readonly string[] Municipalities = ["Cremona", "Crema", "Brescia", "Gardone Val Trompia", "Lumezzane", "Concesio", "Sarezzo", "Milano", "Bergamo", "Lodi", "Mantova"];
    private static readonly string[] Filler =
    [
        "azienda", "progetto", "sviluppo", "soluzioni", "clienti", "produzione", "qualità", "processi", "impianti", "servizi",
        "company", "project", "development", "solutions", "customers", "production", "quality", "processes", "plants", "services",
        "ottone", "valvole", "stampaggio", "lavorazioni", "precisione", "software", "piattaforma", "dati", "sensori", "laboratorio",
        "brass", "valves", "moulding", "machining", "precision", "platform", "data", "sensors", "laboratory", "research",
        "energia", "materiali", "riciclo", "filiera", "formazione", "energy", "materials", "recycling", "supply", "training",
    ];

    private readonly Random random = new(seed);
    private readonly ThemeDefinition[] themes = [.. ThemeTaxonomy.Default.All];

    /// <summary>The <paramref name="index"/>-th actor: a third each of companies, startups and researchers.</summary>
    public (ActorKind Kind, string Id, ActorProfile Profile) Next(int index)
    {
        var kind = (ActorKind)(index % 3);
        var id = $"{kind.Name()}-{index}";
        var picked = Enumerable.Range(0, random.Next(1, 4)).Select(_ => themes[random.Next(themes.Length)]).DistinctBy(t => t.Id).ToArray();
        var province = random.Next(Provinces.Length);
        ActorProfile common = new CompanyProfile
        {
            Name = $"{Capitalise(Word())} {Capitalise(Word())} {index}",
            Description = Sentence(picked, random.Next(30, 90)),
            Themes = picked.Select(t => t.Id).ToArray(),
            Offers = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Phrase(picked)).ToArray(),
            Needs = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Phrase(themes[random.Next(themes.Length)])).ToArray(),
            Location = new Location(Municipalities[random.Next(Municipalities.Length)], Provinces[province], "Lombardia", "IT"),
        };
        ActorProfile profile = kind switch
        {
            ActorKind.Company => (CompanyProfile)common with { Employees = random.Next(3, 900), IsSme = random.Next(4) > 0, SectorCode = $"{random.Next(10, 99)}.{random.Next(10, 99)}" },
            ActorKind.Startup => Copy<StartupProfile>(common) with { Stage = ProfileVocabulary.StartupStages[random.Next(4)], FoundingYear = random.Next(2015, 2026), TeamSize = random.Next(2, 30), Seeks = ["pilot-customers"] },
            _ => Copy<ResearcherProfile>(common) with { Affiliation = "Università degli Studi di Brescia", Position = ProfileVocabulary.ResearcherPositions[random.Next(5)], Availability = "available", Keywords = [Phrase(picked), Phrase(picked)] },
        };
        return (kind, id, profile);
    }

    private static T Copy<T>(ActorProfile from)
        where T : ActorProfile, new() => new T() with
        {
            Name = from.Name,
            Description = from.Description,
            Themes = from.Themes,
            Offers = from.Offers,
            Needs = from.Needs,
            Location = from.Location,
        };

    private string Sentence(IReadOnlyList<ThemeDefinition> picked, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(i => i % 7 == 3 ? Term(picked[random.Next(picked.Count)]) : Word())) + ".";

    private string Phrase(params ThemeDefinition[] picked) => $"{Term(picked[random.Next(picked.Length)])} {Word()}";

    private string Term(ThemeDefinition theme)
    {
        var terms = random.Next(2) == 0 ? theme.SynonymsIt : theme.SynonymsEn;
        return terms.Count == 0 ? theme.LabelEn : terms[random.Next(terms.Count)];
    }

    private string Word() => Filler[random.Next(Filler.Length)];

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
