using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Text;

namespace Matchmaking.Matching.Scoring;

/// <summary>
/// Turns a scored candidate into a <see cref="Suggestion"/>: every factor that moved the score becomes a
/// reason, with evidence quoted from the profiles (their own phrases) or named by theme, in the asker's language.
/// </summary>
internal sealed class ReasonWriter(
    MatchIndex index,
    SuggestionQuery query,
    MatchingWeights weights,
    IndexedActor? asker,
    IReadOnlySet<string> soughtThemes,
    IReadOnlyDictionary<int, double> textQuery,
    IReadOnlyDictionary<int, int> partners)
{
    /// <summary>A reason is shown when it brings at least this share of the score.</summary>
    private const double ShownShare = 0.05;

    private readonly MatchProfile? askerProfile = asker is null ? null : query.Profiles?.Invoke(asker.Key);
    private readonly Language language = LanguageOf(query, asker is null ? null : query.Profiles?.Invoke(asker.Key));

    // Each phrase analysed once per query: the asker's needs and offers are compared with every candidate's.
    private readonly Dictionary<string, AnalysedPhrase> phrases = new(StringComparer.Ordinal);

    private string AskerName => asker?.Name ?? (Italian ? "La richiesta" : "The brief");

    private bool Italian => language == Language.Italian;

    public Suggestion Explain(Scored scored)
    {
        var candidate = index.Actor(scored.Document);
        if (!query.Explain)
        {
            return new Suggestion(candidate.Key, candidate.Type, candidate.Name, Math.Round(scored.Score, 4), []);
        }

        var profile = query.Profiles?.Invoke(candidate.Key);
        var reasons = scored.Factors.Contributions(weights)
            .Where(c => c.Contribution > 0 && c.Contribution >= ShownShare * scored.Score)
            .OrderByDescending(c => c.Contribution)
            .Select(c => new Reason(c.Factor, Math.Round(c.Contribution, 4), Evidence(c.Factor, candidate, profile, scored)))
            .ToList();
        return new Suggestion(candidate.Key, candidate.Type, candidate.Name, Math.Round(scored.Score, 4), reasons);
    }

    private string Evidence(string factor, IndexedActor candidate, MatchProfile? profile, Scored scored) => factor switch
    {
        "needs" => Answers(AskerName, askerProfile?.Needs ?? Brief(), soughtThemes, candidate.Name, Supply(profile), candidate.Offered),
        "offers" => Answers(candidate.Name, profile?.Needs ?? [], candidate.SoughtNamed, AskerName, Supply(askerProfile), asker?.Offered ?? []),
        "mutual" => Italian ? "Ciascuno risponde ai bisogni dell'altro" : "Each answers the other's needs",
        "themes" => (Italian ? "Entrambi lavorano su " : "Both work on ") + Labels(SharedThemes(candidate)),
        "text" => (Italian ? "Attività simili: " : "Similar work: ") + string.Join(", ", SharedWords(candidate, profile)),
        "graph" => Graph(candidate, scored),
        "proximity" => Proximity(candidate),
        "kind" => Kind(candidate.Type),
        "track-record" => Italian ? $"{candidate.PastProjects} progetti o collaborazioni passate" : $"{candidate.PastProjects} past projects or collaborations",
        "stage" => Italian ? "Fase della startup e dimensione dell'azienda compatibili" : "Startup stage and company size fit",
        "freshness" => Italian ? "Profilo aggiornato di recente" : "Profile updated recently",
        _ => factor,
    };

    private string Answers(string seekerName, IReadOnlyList<string> needs, IEnumerable<string> sought, string supplierName, IReadOnlyList<string> supply, IEnumerable<string> offered)
    {
        var offeredSet = offered.ToHashSet(StringComparer.Ordinal);
        var shared = sought.Where(offeredSet.Contains).ToList();
        var (need, offer) = BestPair(needs, supply);
        if (need is not null && offer is not null)
        {
            return Italian
                ? $"{seekerName} cerca «{need}»; {supplierName} offre «{offer}»"
                : $"{seekerName} seeks \"{need}\"; {supplierName} offers \"{offer}\"";
        }

        return shared.Count > 0
            ? (Italian ? $"{seekerName} cerca {Labels(shared)}; {supplierName} lo offre" : $"{seekerName} seeks {Labels(shared)}; {supplierName} offers it")
            : (Italian ? $"{supplierName} offre ciò che {seekerName} cerca" : $"{supplierName} offers what {seekerName} seeks");
    }

    /// <summary>The need phrase and supply phrase sharing the most terms or themes.</summary>
    private (string? Need, string? Offer) BestPair(IReadOnlyList<string> needs, IReadOnlyList<string> supply)
    {
        (string?, string?) best = (null, null);
        var bestShared = 0;
        foreach (var need in needs.Take(10))
        {
            var wanted = Analysed(need);
            foreach (var offer in supply.Take(20))
            {
                var offered = Analysed(offer);
                var shared = CountIn(offered.Terms, wanted.Terms) + (2 * CountIn(offered.Themes, wanted.ThemesWithAncestors));
                if (shared > bestShared)
                {
                    (best, bestShared) = ((need, offer), shared);
                }
            }
        }

        return best;
    }

    private AnalysedPhrase Analysed(string phrase)
    {
        if (!phrases.TryGetValue(phrase, out var analysed))
        {
            phrases[phrase] = analysed = index.Phrases.Get(phrase);
        }

        return analysed;
    }

    /// <summary>How many of <paramref name="items"/> (repeats counted) occur in <paramref name="set"/>: a phrase has a few terms, so a scan beats a hash set.</summary>
    private static int CountIn(IReadOnlyList<string> items, IReadOnlyList<string> set)
    {
        var count = 0;
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = 0; j < set.Count; j++)
            {
                if (string.Equals(items[i], set[j], StringComparison.Ordinal))
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    private string Graph(IndexedActor candidate, Scored scored)
    {
        if (scored.SharedProjects > 0)
        {
            return Italian ? $"Hanno già lavorato insieme ({scored.SharedProjects} volte)" : $"Worked together before ({scored.SharedProjects} times)";
        }

        var theirs = index.Graph.Partners(candidate.Document);
        var common = partners.Keys.Where(theirs.ContainsKey).Select(d => index.Actor(d).Name).Take(3).ToList();
        if (common.Count > 0)
        {
            return Italian ? $"Partner in comune: {string.Join(", ", common)}" : $"Shared past partners: {string.Join(", ", common)}";
        }

        var similar = theirs.Keys.Select(index.Actor).Where(a => a.Live).OrderByDescending(a => a.PastProjects).Select(a => a.Name).Take(2).ToList();
        return Italian
            ? $"Ha lavorato con attori simili: {string.Join(", ", similar)}"
            : $"Worked with similar actors: {string.Join(", ", similar)}";
    }

    private string Proximity(IndexedActor candidate)
    {
        var here = asker!.Place;
        var there = candidate.Place;
        if (string.Equals(here.Municipality, there.Municipality, StringComparison.OrdinalIgnoreCase) && there.Municipality is not null)
        {
            return Italian ? $"Stesso comune ({there.Municipality})" : $"Same municipality ({there.Municipality})";
        }

        if (string.Equals(here.Province, there.Province, StringComparison.OrdinalIgnoreCase) && there.Province is not null)
        {
            return Italian ? $"Stessa provincia ({there.Province})" : $"Same province ({there.Province})";
        }

        if (string.Equals(here.Region, there.Region, StringComparison.OrdinalIgnoreCase) && there.Region is not null)
        {
            return Italian ? $"Stessa regione ({there.Region})" : $"Same region ({there.Region})";
        }

        return Italian ? $"Stesso paese ({there.Country})" : $"Same country ({there.Country})";
    }

    private string Kind(ActorType candidate) => (asker!.Type, candidate) switch
    {
        (ActorType.Startup, ActorType.Company) => Italian ? "Un'azienda che può adottare o co-sviluppare la tecnologia della startup" : "A company that could adopt or co-develop the startup's technology",
        (ActorType.Startup or ActorType.Company, ActorType.Researcher) => Italian ? "Un ricercatore per il trasferimento tecnologico e la R&S" : "A researcher for technology transfer and R&D",
        (ActorType.Company, ActorType.Startup) => Italian ? "Una startup che porta una tecnologia nuova" : "A startup bringing new technology",
        (ActorType.Researcher, ActorType.Company) => Italian ? "Un'azienda che ha bisogno di questa competenza" : "A company that needs this expertise",
        _ => Italian ? "Tipi di attore complementari" : "Complementary kinds of actor",
    };

    private List<string> SharedThemes(IndexedActor candidate)
    {
        var mine = asker is null ? soughtThemes : asker.OfferedNamed.Concat(asker.SoughtNamed).ToHashSet(StringComparer.Ordinal);
        var theirs = candidate.Offered.Concat(candidate.Sought).ToHashSet(StringComparer.Ordinal);
        return [.. mine.Where(theirs.Contains)];
    }

    /// <summary>The rarest terms both texts share, shown as the candidate wrote them when its profile is at hand.</summary>
    private IEnumerable<string> SharedWords(IndexedActor candidate, MatchProfile? profile)
    {
        var vector = candidate.Terms(MatchField.Text);
        var shared = vector.Terms
            .Where(t => textQuery.ContainsKey(t) && !index.Terms[t].Contains('_', StringComparison.Ordinal))
            .OrderBy(t => index.DocumentFrequency(MatchField.Text, t) is > 0 and var df ? df : int.MaxValue)
            .Take(3)
            .Select(t => index.Terms[t])
            .ToList();
        return profile?.Description is { } description ? shared.Select(stem => SurfaceOf(stem, description)) : shared;
    }

    private string SurfaceOf(string stem, string text)
    {
        foreach (var word in text.Split([' ', ',', '.', ';', ':', '(', ')', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (index.Analyzer.Terms(word) is [var only] && only == stem)
            {
                return word;
            }
        }

        return stem;
    }

    private string Labels(IEnumerable<string> themes) => string.Join(", ", themes.Take(3).Select(id =>
        index.Taxonomy.TryGet(id, out var theme) ? (Italian ? theme.LabelIt : theme.LabelEn) : id));

    private IReadOnlyList<string> Brief() => query.Brief is { } brief ? [brief.Length > 120 ? brief[..120] + "…" : brief] : [];

    private static IReadOnlyList<string> Supply(MatchProfile? profile) =>
        profile is null ? [] : [.. profile.Offers, .. profile.Keywords];

    private static Language LanguageOf(SuggestionQuery query, MatchProfile? asker)
    {
        var text = query.Brief ?? asker?.Description ?? string.Join(". ", asker?.Needs ?? []);
        var language = string.IsNullOrWhiteSpace(text) ? Language.Unknown : LanguageDetector.Detect(text);
        return language == Language.Unknown ? Language.English : language;
    }
}
