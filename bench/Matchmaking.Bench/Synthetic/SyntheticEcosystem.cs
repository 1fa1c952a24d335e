using System.Text;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Bench.Synthetic;

/// <summary>
/// Deterministic synthetic actors for benchmarks at sizes the demo cannot reach: a third each of companies,
/// startups and researchers; Italian (60%) or English descriptions of 25–400 words (median ~90) drawn from a
/// Zipf vocabulary with repeated collocations and ~9% taxonomy terms; 1–4 themes with a skewed popularity;
/// needs mostly in other themes than the offers; places skewed to a few provinces; a sparse collaboration
/// graph (0–6 partners each, a few hubs with many), also given as the profile's imported collaborations. Actor <c>i</c> depends only on the seed and <c>i</c>
/// (partners are always earlier actors), so actors can be generated in parallel, in any order, and a small
/// ecosystem is a prefix of a larger one.
/// </summary>
public sealed class SyntheticEcosystem(int seed = 42)
{
    /// <summary>The reference "now" of the ecosystem: profiles were updated in the three years before it.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly (string Province, string Region, string[] Municipalities)[] Provinces =
    [
        ("MI", "Lombardia", ["Milano", "Sesto San Giovanni", "Rho"]),
        ("BS", "Lombardia", ["Brescia", "Gardone Val Trompia", "Lumezzane", "Concesio"]),
        ("TO", "Piemonte", ["Torino", "Ivrea"]),
        ("BO", "Emilia-Romagna", ["Bologna", "Imola"]),
        ("RM", "Lazio", ["Roma"]),
        ("BG", "Lombardia", ["Bergamo", "Dalmine"]),
        ("CR", "Lombardia", ["Cremona", "Crema"]),
        ("PD", "Veneto", ["Padova", "Cittadella"]),
        ("MO", "Emilia-Romagna", ["Modena", "Carpi"]),
        ("NA", "Campania", ["Napoli", "Pozzuoli"]),
        ("FI", "Toscana", ["Firenze", "Prato"]),
        ("VR", "Veneto", ["Verona"]),
        ("MN", "Lombardia", ["Mantova"]),
        ("LO", "Lombardia", ["Lodi"]),
        ("BA", "Puglia", ["Bari"]),
    ];

    private static readonly string[] ForeignCountries = ["DE", "FR", "ES", "CH", "AT"];

    private readonly ThemeDefinition[] themes = ShuffledThemes(seed);

    /// <summary>The <paramref name="index"/>-th actor's kind, id and profile (as <see cref="Actor"/>).</summary>
    public (ActorKind Kind, string Id, ActorProfile Profile) Next(int index)
    {
        var actor = Actor(index);
        return (actor.Kind, actor.Id, actor.Profile);
    }

    public static ActorKind KindOf(int index) => (ActorKind)(index % 3);

    public static string IdOf(int index) => $"{KindOf(index).Name()}-{index}";

    /// <summary>The engine key of the <paramref name="index"/>-th actor.</summary>
    public static string KeyOf(int index) => SyntheticActor.KeyOf(KindOf(index), IdOf(index));

    /// <summary>The <paramref name="index"/>-th actor; the same for the same seed and index, on any thread.</summary>
    public SyntheticActor Actor(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var random = new Random(unchecked((seed * 1_000_003) + (index * 7_919) + 17));
        var kind = KindOf(index);
        var language = random.NextDouble() < 0.6 ? SyntheticLanguage.Italian : SyntheticLanguage.English;
        var own = PickThemes(random, Choose(random, [0.35, 0.35, 0.2, 0.1]) + 1);
        var sought = PickThemes(random, random.Next(1, 3)).Concat(random.NextDouble() < 0.3 ? own.Take(1) : []).DistinctBy(t => t.Id).ToArray();
        var text = new ProfileWriter(random, language);

        var descriptionWords = (int)Math.Clamp(Math.Exp(Math.Log(90) + (0.55 * Gaussian(random))), 25, 400);
        var (province, region, municipalities) = Provinces[Math.Min(Provinces.Length - 1, (int)(Math.Pow(Provinces.Length + 1, random.NextDouble()) - 1))];
        var location = random.NextDouble() < 0.03
            ? new Location(Country: ForeignCountries[random.Next(ForeignCountries.Length)])
            : new Location(municipalities[random.Next(municipalities.Length)], province, region, "IT");
        ActorProfile common = new CompanyProfile
        {
            Name = $"{Capitalise(language.Words.Sample(random))} {Capitalise(language.Words.Sample(random))} {index}",
            Description = text.Paragraph(own, descriptionWords),
            Themes = own.Select(t => t.Id).ToArray(),
            Offers = Enumerable.Range(0, random.Next(1, 6)).Select(_ => text.Phrase(own, random.Next(1, 4))).ToArray(),
            Needs = Enumerable.Range(0, random.Next(1, 5)).Select(_ => text.Phrase(sought, random.Next(1, 4))).ToArray(),
            Location = location,
        };
        ActorProfile profile = kind switch
        {
            ActorKind.Company => (CompanyProfile)common with
            {
                Employees = (int)Math.Clamp(Math.Exp(Math.Log(25) + (1.3 * Gaussian(random))), 1, 50_000),
                IsSme = random.Next(4) > 0,
                SectorCode = $"{random.Next(10, 99)}.{random.Next(10, 99)}",
            },
            ActorKind.Startup => Copy<StartupProfile>(common) with
            {
                Stage = ProfileVocabulary.StartupStages[random.Next(ProfileVocabulary.StartupStages.Count)],
                FoundingYear = random.Next(2015, 2026),
                TeamSize = random.Next(2, 40),
                Technology = text.Phrase(own, random.Next(1, 3)),
                Seeks = [ProfileVocabulary.StartupSeeks[random.Next(ProfileVocabulary.StartupSeeks.Count)]],
            },
            _ => Copy<ResearcherProfile>(common) with
            {
                Affiliation = "Università degli Studi di Brescia",
                Position = ProfileVocabulary.ResearcherPositions[random.Next(ProfileVocabulary.ResearcherPositions.Count)],
                Availability = "available",
                Keywords = Enumerable.Range(0, random.Next(3, 9)).Select(_ => text.Phrase(own, random.Next(0, 2))).ToArray(),
            },
        };

        var pastProjects = (int)Math.Floor(Math.Pow(80, random.NextDouble() * random.NextDouble())) - 1;
        var updatedAt = Now.AddDays(-random.Next(0, 3 * 365));
        var partners = Partners(random, index);
        if (partners.Count > 0)
        {
            profile = profile with { Collaborations = [.. partners.Keys.Select(p => new ActorRef(KindOf(p), IdOf(p)))] };
        }

        return new SyntheticActor(kind, IdOf(index), profile, partners.ToDictionary(p => KeyOf(p.Key), p => p.Value, StringComparer.Ordinal), pastProjects, updatedAt);
    }

    /// <summary>
    /// 0–6 earlier actors: most from the neighbourhood (index − 5,000 … index − 1: a community), one in twenty
    /// among the first 2,000 actors with a log-uniform preference for the earliest (hubs: big universities,
    /// large companies).
    /// </summary>
    private static Dictionary<int, int> Partners(Random random, int index)
    {
        var partners = new Dictionary<int, int>();
        if (index == 0)
        {
            return partners;
        }

        var count = Choose(random, [0.3, 0.25, 0.2, 0.12, 0.08, 0.03, 0.02]);
        for (var i = 0; i < count; i++)
        {
            var partner = random.NextDouble() < 0.05
                ? Math.Min(index - 1, (int)Math.Pow(Math.Min(index, 2_000), random.NextDouble()) - 1)
                : random.Next(Math.Max(0, index - 5_000), index);
            partners[Math.Max(0, partner)] = random.NextDouble() < 0.2 ? random.Next(2, 5) : 1;
        }

        return partners;
    }

    private ThemeDefinition[] PickThemes(Random random, int count)
    {
        // Theme popularity is skewed too: log-uniform over the (shuffled) taxonomy.
        var picked = new List<ThemeDefinition>(count);
        for (var attempt = 0; picked.Count < count && attempt < 20; attempt++)
        {
            var theme = themes[Math.Min(themes.Length - 1, (int)Math.Pow(themes.Length + 1, random.NextDouble()) - 1)];
            if (!picked.Contains(theme))
            {
                picked.Add(theme);
            }
        }

        return [.. picked];
    }

    private static ThemeDefinition[] ShuffledThemes(int seed)
    {
        var all = ThemeTaxonomy.Default.All.ToArray();
        new Random(seed).Shuffle(all);
        return all;
    }

    private static int Choose(Random random, double[] weights)
    {
        var x = random.NextDouble();
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

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

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>Writes one actor's texts in one language.</summary>
    private sealed class ProfileWriter(Random random, SyntheticLanguage language)
    {
        /// <summary>Sentences of 8–20 words: ~9% theme terms, ~25% function words, ~15% collocations, the rest Zipf words.</summary>
        public string Paragraph(IReadOnlyList<ThemeDefinition> picked, int words)
        {
            var text = new StringBuilder(words * 8);
            var written = 0;
            while (written < words)
            {
                var sentence = random.Next(8, 21);
                for (var i = 0; i < sentence && written < words; i++)
                {
                    var x = random.NextDouble();
                    var piece = x < 0.09 ? Term(picked[random.Next(picked.Count)])
                        : x < 0.34 ? language.FunctionWords[random.Next(language.FunctionWords.Count)]
                        : x < 0.49 ? language.Collocations.Sample(random)
                        : language.Words.Sample(random);
                    text.Append(text.Length == 0 || text[^1] == ' ' ? "" : " ").Append(piece);
                    written += 1 + piece.Count(c => c == ' ');
                }

                text.Append(". ");
            }

            return text.ToString().TrimEnd();
        }

        /// <summary>A short phrase: a theme term (most of the time) and <paramref name="words"/> more words.</summary>
        public string Phrase(IReadOnlyList<ThemeDefinition> picked, int words)
        {
            var parts = new List<string>(words + 1);
            if (random.NextDouble() < 0.8)
            {
                parts.Add(Term(picked[random.Next(picked.Count)]));
            }

            for (var i = 0; i < words || parts.Count == 0; i++)
            {
                parts.Add(random.NextDouble() < 0.4 ? language.Collocations.Sample(random) : language.Words.Sample(random));
            }

            return string.Join(' ', parts);
        }

        private string Term(ThemeDefinition theme)
        {
            var terms = language.IsItalian ? theme.SynonymsIt : theme.SynonymsEn;
            return terms.Count == 0 || random.NextDouble() < 0.25
                ? (language.IsItalian ? theme.LabelIt : theme.LabelEn)
                : terms[random.Next(terms.Count)];
        }
    }
}
