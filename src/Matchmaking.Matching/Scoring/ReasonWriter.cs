using System.Text.RegularExpressions;
using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Text;

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

    /// <summary>The longest quote of a phrase in a reason, in characters.</summary>
    private const int QuoteLength = 120;

    /// <summary>How much of a phrase is searched for the words to quote (a brief may be long).</summary>
    private const int MaxQuotedInput = 4_000;

    private readonly MatchProfile? askerProfile = asker is null ? null : query.Profiles?.Invoke(asker.Key);
    private readonly Language language = LanguageOf(query, asker is null ? null : query.Profiles?.Invoke(asker.Key));

    // Each phrase analysed once per query: the asker's needs and offers are compared with every candidate's.
    private readonly Dictionary<string, AnalysedPhrase> phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QuotablePhrase> quotable = new(StringComparer.Ordinal);
    private IReadOnlyList<string>? longList;
    private HashSet<string>? longSet;

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
            (need, offer) = (Quote(need, offer), Quote(offer, need));
            return Italian
                ? $"{seekerName} cerca «{need}»; {supplierName} offre «{offer}»"
                : $"{seekerName} seeks \"{need}\"; {supplierName} offers \"{offer}\"";
        }

        return shared.Count > 0
            ? (Italian
                ? $"{seekerName} cerca {Labels(shared)}; {supplierName} {(shared.Count > 1 ? "li offre" : "lo offre")}"
                : $"{seekerName} seeks {Labels(shared)}; {supplierName} offers {(shared.Count > 1 ? "them" : "it")}")
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
    private int CountIn(IReadOnlyList<string> items, IReadOnlyList<string> set)
    {
        if (set.Count > 64)
        {
            // A brief's thousands of terms: made a hash set once per query, not scanned once per item.
            if (!ReferenceEquals(set, longList))
            {
                (longList, longSet) = (set, set.ToHashSet(StringComparer.Ordinal));
            }

            return items.Count(longSet!.Contains);
        }

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

    /// <summary>
    /// The rarest terms both texts share, each shown as a word someone wrote: the candidate's own when its profile is
    /// at hand, else the asker's or the brief's; a stem never reaches the user while a text holding it is known.
    /// </summary>
    private IEnumerable<string> SharedWords(IndexedActor candidate, MatchProfile? profile)
    {
        var vector = candidate.Terms(MatchField.Text);
        var shared = vector.Terms
            .Where(t => textQuery.ContainsKey(t) && !index.Terms[t].Contains('_', StringComparison.Ordinal))
            .OrderBy(t => index.DocumentFrequency(MatchField.Text, t) is > 0 and var df ? df : int.MaxValue)
            .Take(3)
            .Select(t => index.Terms[t])
            .ToList();
        return shared.Select(stem => SurfaceOf(stem, Texts(profile).Concat(Texts(askerProfile)).Append(query.Brief)));
    }

    private static IEnumerable<string?> Texts(MatchProfile? profile) =>
        profile is null ? [] : [profile.Description, .. profile.Offers, .. profile.Needs, .. profile.Keywords];

    private string SurfaceOf(string stem, IEnumerable<string?> texts)
    {
        foreach (var text in texts)
        {
            foreach (Match word in WordPattern().Matches(text ?? ""))
            {
                if (word.Length >= stem.Length - 1 && index.Analyzer.Terms(word.Value) is [var only] && only == stem)
                {
                    return word.Value;
                }
            }
        }

        return stem;
    }

    private string Labels(IEnumerable<string> themes) => string.Join(", ", themes.Take(3).Select(id =>
        index.Taxonomy.TryGet(id, out var theme) ? (Italian ? theme.LabelIt : theme.LabelEn) : id));

    private IReadOnlyList<string> Brief() => query.Brief is { } brief ? [brief] : [];

    /// <summary>
    /// A long phrase cut down to the words that meet the other side (from the first such word to the last), so that a
    /// brief or a long need is quoted where it matters; at most <see cref="QuoteLength"/> characters either way.
    /// </summary>
    private string Quote(string phrase, string counterpart)
    {
        if (phrase.Length <= QuoteLength / 2)
        {
            return phrase;
        }

        var wanted = Analysed(counterpart);
        var words = Words(phrase);
        int first = -1, last = -1;
        for (var i = 0; i < words.Spans.Length; i++)
        {
            // A word meets the other side by a shared term, or as the start of a mention of a theme it names.
            var end = words.Terms[i].Any(wanted.Terms.Contains) ? i : -1;
            foreach (var mention in words.Mentions)
            {
                if (mention.First == i && mention.Themes.Any(wanted.ThemesWithAncestors.Contains))
                {
                    end = Math.Max(end, mention.Last);
                }
            }

            if (end >= 0)
            {
                first = first < 0 ? i : first;
                last = Math.Max(last, end);
            }
        }

        if (first < 0)
        {
            return Cut(phrase);
        }

        var start = words.Spans[first].Start;
        var span = Cut(phrase[start..words.Spans[last].End]);
        return (start > 0 ? "…" : "") + span + (span.Length < phrase.Length - start && !span.EndsWith('…') ? "…" : "");
    }

    /// <summary>A phrase's words (where they are, their terms) and its theme mentions, worked out once per query.</summary>
    private QuotablePhrase Words(string phrase)
    {
        if (quotable.TryGetValue(phrase, out var known))
        {
            return known;
        }

        var matches = WordPattern().Matches(phrase.Length > MaxQuotedInput ? phrase[..MaxQuotedInput] : phrase);
        var spans = matches.Select(m => (m.Index, End: m.Index + m.Length)).ToArray();
        var terms = matches.Select(m => index.Analyzer.Terms(m.Value).ToArray()).ToArray();
        var mentions = new List<ThemeMention>();
        for (var i = 0; i < spans.Length; i++)
        {
            for (var j = i; j < Math.Min(i + 4, spans.Length); j++)
            {
                // Words i..j name themes that words i+1..j do not: a mention starting at word i.
                var themes = Named(i, j).Except(j > i ? Named(i + 1, j) : []).ToArray();
                if (themes.Length > 0)
                {
                    mentions.Add(new ThemeMention(i, j, themes));
                }
            }
        }

        return quotable[phrase] = new QuotablePhrase(spans, terms, mentions);

        IReadOnlyList<string> Named(int from, int to) => index.Taxonomy.FindInText(phrase[spans[from].Index..spans[to].End]);
    }

    private static string Cut(string text) => text.Length > QuoteLength ? text[..QuoteLength].TrimEnd() + "…" : text;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    private static IReadOnlyList<string> Supply(MatchProfile? profile) =>
        profile is null ? [] : [.. profile.Offers, .. profile.Keywords];

    private static Language LanguageOf(SuggestionQuery query, MatchProfile? asker)
    {
        var text = query.Brief ?? asker?.Description ?? string.Join(". ", asker?.Needs ?? []);
        var language = string.IsNullOrWhiteSpace(text) ? Language.Unknown : LanguageDetector.Detect(text);
        return language == Language.Unknown ? Language.English : language;
    }

    /// <summary>Words <see cref="First"/>..<see cref="Last"/> of a phrase name these themes.</summary>
    private sealed record ThemeMention(int First, int Last, string[] Themes);

    /// <summary>A phrase's words as character spans, each word's terms, and where it names themes.</summary>
    private sealed record QuotablePhrase((int Start, int End)[] Spans, string[][] Terms, List<ThemeMention> Mentions);
}
