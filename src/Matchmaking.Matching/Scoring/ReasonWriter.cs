using System.Text.RegularExpressions;
using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Text;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Matching.Scoring;

/// <summary>
/// Turns a scored candidate into a <see cref="Suggestion"/>: every factor that moved the score becomes a
/// reason, with evidence quoted from the profiles (their own phrases) or named by theme, in the asker's language.
/// </summary>
internal sealed partial class ReasonWriter(
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

    /// <summary>The most needs, and the most offers, compared to find the pair to quote.</summary>
    private const int PairedNeeds = 10, PairedOffers = 20;

    private readonly MatchProfile? askerProfile = asker is null ? null : query.Profiles?.Invoke(asker.Key);
    private Language? language;

    // A candidate's needs and offers, analysed for one reason at a time.
    private readonly Phrase[] candidateNeeds = new Phrase[PairedNeeds];
    private readonly Phrase[] candidateSupply = new Phrase[PairedOffers];

    // Each word's terms worked out once per query, looked up by the word as written without making a string of it.
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> wordTerms =
        new Dictionary<string, string[]>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private string[]? longList;
    private HashSet<string>? longSet;
    private List<string>? askerThemes;

    // The asker's needs and offers are compared with every candidate's: analysed once per query.
    private Phrase[]? askerNeeds;
    private Phrase[]? askerSupply;

    private string AskerName => asker?.Name ?? (Italian ? "La richiesta" : "The brief");

    /// <summary>Whether reasons are written in Italian: the language asked for, else the brief's, else the asker's (detected when its profile was indexed).</summary>
    private bool Italian => (language ??= query.Italian is { } italian ? (italian ? Language.Italian : Language.English) : LanguageOfAsker()) == Language.Italian;

    public Suggestion Explain(Scored scored)
    {
        var candidate = index.Actor(scored.Document);
        if (!query.Explain)
        {
            return new Suggestion(candidate.Key, candidate.Type, candidate.Name, Math.Round(scored.Score, 4), []);
        }

        var profile = query.Profiles?.Invoke(candidate.Key);
        var shown = Shown(scored);
        var reasons = new List<Reason>(shown.Count);
        foreach (var (factor, contribution) in shown)
        {
            reasons.Add(new Reason(factor, Math.Round(contribution, 4), Evidence(factor, candidate, profile, scored)));
        }

        if (scored.Stale)
        {
            // What the profile's age took away: the score before the penalty less the score after it.
            var lost = (scored.Score / query.Aging!.StalePenalty) - scored.Score;
            reasons.Add(new Reason("stale", -Math.Round(lost, 4), StaleEvidence(candidate)));
        }

        return new Suggestion(candidate.Key, candidate.Type, candidate.Name, Math.Round(scored.Score, 4), reasons);
    }

    /// <summary>The factors that bring at least <see cref="ShownShare"/> of the score, largest first (ties in factor order).</summary>
    private List<(string Factor, double Contribution)> Shown(Scored scored)
    {
        var shown = new List<(string Factor, double Contribution)>();
        var scale = scored.Stale ? query.Aging!.StalePenalty : 1;
        foreach (var contribution in scored.Factors.Contributions(weights))
        {
            var c = contribution with { Contribution = scale * contribution.Contribution };
            if (c.Contribution > 0 && c.Contribution >= ShownShare * scored.Score)
            {
                // Insertion sort, stable: a handful of factors.
                var at = shown.Count;
                while (at > 0 && shown[at - 1].Contribution < c.Contribution)
                {
                    at--;
                }

                shown.Insert(at, c);
            }
        }

        return shown;
    }

    private string StaleEvidence(IndexedActor candidate)
    {
        var months = Math.Max(1, (int)((query.Now - candidate.UpdatedAt).TotalDays / 30.44));
        var since = candidate.UpdatedAt.UtcDateTime.ToString(Italian ? "dd/MM/yyyy" : "d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return Italian
            ? $"Profilo non confermato da {months} mesi (dal {since}): potrebbe non essere aggiornato"
            : $"Profile not confirmed for {months} months (since {since}): it may be out of date";
    }

    private string Evidence(string factor, IndexedActor candidate, MatchProfile? profile, Scored scored) => factor switch
    {
        "needs" => Answers(AskerName, AskerNeeds(), soughtThemes, candidate.Name, Analysed(Supply(profile), candidateSupply), candidate.Offered.Ids),
        "offers" => Answers(candidate.Name, Analysed(profile?.Needs ?? [], candidateNeeds), candidate.SoughtNamed, AskerName, AskerSupply(), asker?.Offered.Ids ?? []),
        "mutual" => Italian ? "Ciascuno risponde ai bisogni dell'altro" : "Each answers the other's needs",
        "themes" => Labels(SharedThemes(candidate)) is { Length: > 0 } shared
            ? (Italian ? "Entrambi lavorano su " : "Both work on ") + shared
            : (Italian ? "Lavorano su temi vicini" : "They work on related themes"), // the factor counts broader and narrower themes; none the asker names is shared
        "text" => (Italian ? "Attività simili: " : "Similar work: ") + string.Join(", ", SharedWords(candidate, profile)),
        "semantic" => Italian ? "Lavori affini per significato, anche con parole diverse" : "Related work in meaning, even in other words",
        "graph" => Graph(candidate, scored),
        "proximity" => Proximity(candidate),
        "kind" => Kind(candidate.Type),
        "track-record" => Italian ? $"{candidate.PastProjects} progetti o collaborazioni passate" : $"{candidate.PastProjects} past projects or collaborations", // two or more: see Factors.TrackRecord
        "stage" => Italian ? "Fase della startup e dimensione dell'azienda compatibili" : "Startup stage and company size fit",
        "freshness" => Italian ? "Profilo aggiornato di recente" : "Profile updated recently",
        _ => factor,
    };

    private string Answers(string seekerName, ReadOnlySpan<Phrase> needs, IEnumerable<string> sought, string supplierName, ReadOnlySpan<Phrase> supply, IEnumerable<string> offered)
    {
        if (BestPair(needs, supply) is var (n, o) && n >= 0)
        {
            var (need, offer) = (Quote(needs[n], supply[o]), Quote(supply[o], needs[n]));
            return Italian
                ? $"{seekerName} cerca «{need}»; {supplierName} offre «{offer}»"
                : $"{seekerName} seeks \"{need}\"; {supplierName} offers \"{offer}\"";
        }

        // Up to three are named; whether there are several is all that counts beyond them.
        var shared = sought.Where(offered.Contains).Take(3).ToList();
        return shared.Count > 0
            ? (Italian
                ? $"{seekerName} cerca {Labels(shared)}; {supplierName} {(shared.Count > 1 ? "li offre" : "lo offre")}"
                : $"{seekerName} seeks {Labels(shared)}; {supplierName} offers {(shared.Count > 1 ? "them" : "it")}")
            : (Italian ? $"{supplierName} offre ciò che {seekerName} cerca" : $"{supplierName} offers what {seekerName} seeks");
    }

    /// <summary>The need phrase and supply phrase sharing the most terms or themes (the first such pair), or (-1, -1).</summary>
    private (int Need, int Offer) BestPair(ReadOnlySpan<Phrase> needs, ReadOnlySpan<Phrase> supply)
    {
        var best = (-1, -1);
        var bestShared = 0;
        for (var n = 0; n < needs.Length; n++)
        {
            var wanted = needs[n].Analysis;
            for (var o = 0; o < supply.Length; o++)
            {
                var offered = supply[o].Analysis;
                var shared = CountIn(offered.Terms, offered.TermHashes, offered.TermMask, wanted.Terms, wanted.TermHashes, wanted.TermMask)
                    + (2 * CountIn(offered.Themes, offered.ThemeHashes, offered.ThemeMask, wanted.ThemesWithAncestors, wanted.ThemesWithAncestorsHashes, wanted.ThemesWithAncestorsMask));
                if (shared > bestShared)
                {
                    (best, bestShared) = ((n, o), shared);
                }
            }
        }

        return best;
    }

    /// <summary>The asker's needs (or the brief, as one need) that a pair is looked for among, analysed once per query.</summary>
    private Phrase[] AskerNeeds() =>
        askerNeeds ??= Analysed(askerProfile?.Needs ?? (query.Brief is { } brief ? [brief] : []), new Phrase[PairedNeeds]).ToArray();

    /// <summary>The asker's offers and keywords that a pair is looked for among, analysed once per query.</summary>
    private Phrase[] AskerSupply() => askerSupply ??= Analysed(Supply(askerProfile), new Phrase[PairedOffers]).ToArray();

    /// <summary>The first of <paramref name="phrases"/> (as many as <paramref name="into"/> holds), each with its analysis.</summary>
    private Span<Phrase> Analysed(IReadOnlyList<string> phrases, Phrase[] into)
    {
        var count = Math.Min(phrases.Count, into.Length);
        for (var i = 0; i < count; i++)
        {
            into[i] = new Phrase(phrases[i], index.Phrases.Get(phrases[i]));
        }

        return into.AsSpan(0, count);
    }

    /// <summary>
    /// How many of <paramref name="items"/> (repeats counted) occur in <paramref name="set"/>: a phrase has a few terms, so
    /// a scan of their hashes (<paramref name="itemHashes"/>, <paramref name="setHashes"/>) beats a hash set; and when
    /// the lists' <see cref="StringMask"/>s share no bit, none does.
    /// </summary>
    private int CountIn(string[] items, ReadOnlySpan<int> itemHashes, ulong itemsMask, string[] set, ReadOnlySpan<int> setHashes, ulong setMask)
    {
        if ((itemsMask & setMask) == 0)
        {
            return 0;
        }

        if (set.Length > 64)
        {
            // A brief's thousands of terms: made a hash set once per query, not scanned once per item.
            if (!ReferenceEquals(set, longList))
            {
                (longList, longSet) = (set, set.ToHashSet(StringComparer.Ordinal));
            }

            var found = 0;
            foreach (var item in items)
            {
                found += longSet!.Contains(item) ? 1 : 0;
            }

            return found;
        }

        var count = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var hash = itemHashes[i];
            if ((setMask & StringMask.Bit(hash)) == 0)
            {
                continue;
            }

            for (var j = 0; j < setHashes.Length; j++)
            {
                if (setHashes[j] == hash && string.Equals(items[i], set[j], StringComparison.Ordinal))
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    /// <summary>Whether any of <paramref name="items"/> is in <paramref name="set"/>.</summary>
    private static bool SharesAny(string[] items, string[] set)
    {
        foreach (var item in items)
        {
            if (Contains(set, item))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(string[] set, string item)
    {
        foreach (var member in set)
        {
            if (string.Equals(item, member, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private string Graph(IndexedActor candidate, Scored scored)
    {
        if (scored.SharedProjects is > 0 and var times)
        {
            return (Italian, times) switch
            {
                (true, 1) => "Hanno già lavorato insieme una volta",
                (true, _) => $"Hanno già lavorato insieme {times} volte",
                (false, 1) => "Worked together once before",
                (false, _) => $"Worked together {times} times before",
            };
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

    /// <summary>The asker's themes (or the brief's) that the candidate offers or seeks, in the asker's order.</summary>
    private IEnumerable<string> SharedThemes(IndexedActor candidate)
    {
        foreach (var theme in AskerThemes())
        {
            if (candidate.Offered.Ids.Contains(theme) || candidate.Sought.Ids.Contains(theme))
            {
                yield return theme;
            }
        }
    }

    /// <summary>The themes the asker names, offered then sought, each once (the brief's when there is no asker); once per query.</summary>
    private IEnumerable<string> AskerThemes() =>
        asker is null ? soughtThemes : askerThemes ??= asker.OfferedNamed.Concat(asker.SoughtNamed).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The rarest terms both texts share, each shown as a word someone wrote: the candidate's own when its profile is
    /// at hand, else the asker's or the brief's; a stem never reaches the user while a text holding it is known. Shared
    /// concepts ("plastica" and "polymers") follow the words, by their label in the asker's language.
    /// </summary>
    private IEnumerable<string> SharedWords(IndexedActor candidate, MatchProfile? profile)
    {
        var vector = candidate.Terms(MatchField.Text);
        var shared = vector.Terms
            .Where(t => textQuery.ContainsKey(t) && index.IsWord(t))
            .OrderBy(t => index.DocumentFrequency(MatchField.Text, t) is > 0 and var df ? df : int.MaxValue)
            .Take(3)
            .Select(t => index.Terms[t])
            .ToList();
        var concepts = vector.Terms
            .Where(t => textQuery.ContainsKey(t) && ConceptLexicon.IsConcept(index.Terms[t]))
            .Select(t => ConceptLexicon.Label(index.Terms[t], Italian));
        return shared.Select(stem => SurfaceIn(profile, stem) ?? SurfaceIn(askerProfile, stem) ?? SurfaceIn(query.Brief, stem) ?? stem)
            .Concat(concepts)
            .Take(3);
    }

    /// <summary>The first word of a profile's texts (description, offers, needs, keywords) whose only term is <paramref name="stem"/>.</summary>
    private string? SurfaceIn(MatchProfile? profile, string stem)
    {
        if (profile is null)
        {
            return null;
        }

        var surface = SurfaceIn(profile.Description, stem);
        foreach (var texts in (ReadOnlySpan<IReadOnlyList<string>>)[profile.Offers, profile.Needs, profile.Keywords])
        {
            for (var i = 0; i < texts.Count && surface is null; i++)
            {
                surface = SurfaceIn(texts[i], stem);
            }
        }

        return surface;
    }

    /// <summary>The first word of <paramref name="text"/> whose only term is <paramref name="stem"/>.</summary>
    private string? SurfaceIn(string? text, string stem)
    {
        foreach (var word in WordPattern().EnumerateMatches(text.AsSpan()))
        {
            if (word.Length >= stem.Length - 1
                && TermsOf(text.AsSpan(word.Index, word.Length)) is [var only]
                && string.Equals(only, stem, StringComparison.Ordinal))
            {
                return text!.Substring(word.Index, word.Length);
            }
        }

        return null;
    }

    /// <summary>The terms of one word as written (<see cref="TextAnalyzer.Terms"/> of it), worked out once per query.</summary>
    private string[] TermsOf(ReadOnlySpan<char> word)
    {
        if (!wordTerms.TryGetValue(word, out var terms))
        {
            var text = word.ToString();
            terms = index.Analyzer.TermArray(text);
            wordTerms.Dictionary.Add(text, terms);
        }

        return terms;
    }

    /// <summary>The first three themes by label as written inside a sentence, in the asker's language (an unknown theme by its id).</summary>
    private string Labels(IEnumerable<string> themes)
    {
        var labels = new string[3];
        var count = 0;
        foreach (var id in themes)
        {
            labels[count++] = index.Taxonomy.TryGet(id, out var theme) ? Teams.TeamWording.Inline(Italian ? theme.LabelIt : theme.LabelEn) : id;
            if (count == labels.Length)
            {
                break;
            }
        }

        return string.Join(", ", labels.AsSpan(0, count));
    }

    /// <summary>A phrase of a profile (or a brief) and its analysis.</summary>
    private readonly record struct Phrase(string Text, AnalysedPhrase Analysis);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    private static IReadOnlyList<string> Supply(MatchProfile? profile) =>
        profile is null ? [] : [.. profile.Offers, .. profile.Keywords];

    /// <summary>The brief's language, or the asker's, detected when it was indexed (English without a profile to quote).</summary>
    private Language LanguageOfAsker() => query.Brief is { } brief
        ? ProfileAnalysis.LanguageOf(brief)
        : askerProfile is null || asker is null ? Language.English : asker.Language;
}
