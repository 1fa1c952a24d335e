using System.Globalization;
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

    /// <summary>The most words a theme mention is looked for in.</summary>
    private const int MentionWords = 4;

    /// <summary>The most needs, and the most offers, compared to find the pair to quote.</summary>
    private const int PairedNeeds = 10, PairedOffers = 20;

    private readonly MatchProfile? askerProfile = asker is null ? null : query.Profiles?.Invoke(asker.Key);
    private readonly Language language = LanguageOf(query, asker is null ? null : query.Profiles?.Invoke(asker.Key));

    // Each phrase analysed once per query: the asker's needs and offers are compared with every candidate's.
    private readonly Dictionary<string, AnalysedPhrase> phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QuotablePhrase> quotable = new(StringComparer.Ordinal);

    // Each word's terms worked out once per query, looked up by the word as written without making a string of it.
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> wordTerms =
        new Dictionary<string, string[]>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private string[]? longList;
    private HashSet<string>? longSet;
    private IReadOnlyList<string>? askerSupply;
    private IReadOnlyList<string>? briefAsNeeds;
    private List<string>? askerThemes;
    private readonly AnalysedPhrase[] offerBuffer = new AnalysedPhrase[PairedOffers];

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
        var shown = Shown(scored);
        var reasons = new List<Reason>(shown.Count);
        foreach (var (factor, contribution) in shown)
        {
            reasons.Add(new Reason(factor, Math.Round(contribution, 4), Evidence(factor, candidate, profile, scored)));
        }

        return new Suggestion(candidate.Key, candidate.Type, candidate.Name, Math.Round(scored.Score, 4), reasons);
    }

    /// <summary>The factors that bring at least <see cref="ShownShare"/> of the score, largest first (ties in factor order).</summary>
    private List<(string Factor, double Contribution)> Shown(Scored scored)
    {
        var shown = new List<(string Factor, double Contribution)>();
        foreach (var c in scored.Factors.Contributions(weights))
        {
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

    private string Evidence(string factor, IndexedActor candidate, MatchProfile? profile, Scored scored) => factor switch
    {
        "needs" => Answers(AskerName, askerProfile?.Needs ?? Brief(), soughtThemes, candidate.Name, Supply(profile), candidate.Offered),
        "offers" => Answers(candidate.Name, profile?.Needs ?? [], candidate.SoughtNamed, AskerName, askerSupply ??= Supply(askerProfile), asker?.Offered ?? []),
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
        var (need, offer) = BestPair(needs, supply);
        if (need is not null && offer is not null)
        {
            (need, offer) = (Quote(need, offer), Quote(offer, need));
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

    /// <summary>The need phrase and supply phrase sharing the most terms or themes.</summary>
    private (string? Need, string? Offer) BestPair(IReadOnlyList<string> needs, IReadOnlyList<string> supply)
    {
        (string?, string?) best = (null, null);
        var bestShared = 0;
        var offers = Math.Min(supply.Count, PairedOffers);
        var analysedOffers = offerBuffer;
        for (var n = 0; n < Math.Min(needs.Count, PairedNeeds); n++)
        {
            var wanted = Analysed(needs[n]);
            for (var o = 0; o < offers; o++)
            {
                // Each offer looked up once, while the first need is compared (the order phrases are first analysed in).
                var offered = n == 0 ? analysedOffers[o] = Analysed(supply[o]) : analysedOffers[o];
                var shared = CountIn(offered.Terms, offered.TermMask, wanted.Terms, wanted.TermMask)
                    + (2 * CountIn(offered.Themes, offered.ThemeMask, wanted.ThemesWithAncestors, wanted.ThemesWithAncestorsMask));
                if (shared > bestShared)
                {
                    (best, bestShared) = ((needs[n], supply[o]), shared);
                }
            }
        }

        Array.Clear(analysedOffers, 0, offers);
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

    /// <summary>
    /// How many of <paramref name="items"/> (repeats counted) occur in <paramref name="set"/>: a phrase has a few terms, so
    /// a scan beats a hash set; and when the lists' <see cref="StringMask"/>s share no bit, none does.
    /// </summary>
    private int CountIn(string[] items, ulong itemsMask, string[] set, ulong setMask)
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
        foreach (var item in items)
        {
            count += Contains(set, item) ? 1 : 0;
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

    /// <summary>The asker's themes (or the brief's) that the candidate offers or seeks, in the asker's order.</summary>
    private IEnumerable<string> SharedThemes(IndexedActor candidate)
    {
        foreach (var theme in AskerThemes())
        {
            if (candidate.Offered.Contains(theme) || candidate.Sought.Contains(theme))
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
        return shared.Select(stem => SurfaceIn(profile, stem) ?? SurfaceIn(askerProfile, stem) ?? SurfaceIn(query.Brief, stem) ?? stem);
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

    private string Labels(IEnumerable<string> themes) => string.Join(", ", themes.Take(3).Select(id =>
        index.Taxonomy.TryGet(id, out var theme) ? (Italian ? theme.LabelIt : theme.LabelEn) : id));

    private IReadOnlyList<string> Brief() => briefAsNeeds ??= query.Brief is { } brief ? [brief] : [];

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

        // A mention of a theme only counts when the other side names themes.
        var mentions = wanted.ThemesWithAncestors.Length > 0 ? Mentions(phrase, words) : [];
        var nextMention = 0;
        int first = -1, last = -1;
        for (var i = 0; i < words.Spans.Length; i++)
        {
            // A word meets the other side by a shared term, or as the start of a mention of a theme it names.
            var end = SharesAny(words.Terms[i], wanted.Terms) ? i : -1;
            for (; nextMention < mentions.Count && mentions[nextMention].First == i; nextMention++)
            {
                if (SharesAny(mentions[nextMention].Themes, wanted.ThemesWithAncestors))
                {
                    end = Math.Max(end, mentions[nextMention].Last);
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

    /// <summary>A phrase's words (where they are, their terms), worked out once per query.</summary>
    private QuotablePhrase Words(string phrase)
    {
        if (quotable.TryGetValue(phrase, out var known))
        {
            return known;
        }

        var searched = phrase.Length > MaxQuotedInput ? phrase.AsSpan(0, MaxQuotedInput) : phrase;
        var spans = new List<(int Start, int End)>();
        var terms = new List<string[]>();
        foreach (var word in WordPattern().EnumerateMatches(searched))
        {
            spans.Add((word.Index, word.Index + word.Length));
            terms.Add(TermsOf(searched.Slice(word.Index, word.Length)));
        }

        return quotable[phrase] = new QuotablePhrase([.. spans], [.. terms]);
    }

    /// <summary>
    /// Where a phrase names themes: each run of up to <see cref="MentionWords"/> words i..j, with the themes it names that
    /// words i+1..j do not (a mention starting at word i), in order of i then j; worked out once per query, on first need.
    /// </summary>
    /// <remarks>
    /// The theme scan takes a theme wherever one starts, so a run of words that names nothing holds no shorter run that
    /// names something: a phrase that names nothing is not searched, nor the runs inside a run that names nothing. That
    /// holds while the pattern's words are the folding's words, as they are in <see cref="IsPlain"/> text.
    /// </remarks>
    private List<ThemeMention> Mentions(string phrase, QuotablePhrase words)
    {
        if (words.Mentions is { } known)
        {
            return known;
        }

        var spans = words.Spans;
        var mentions = new List<ThemeMention>();
        var plain = phrase.Length <= MaxQuotedInput && IsPlain(phrase);
        if (plain && Analysed(phrase).Themes.Length == 0)
        {
            return words.Mentions = mentions;
        }

        var named = new IReadOnlyList<string>?[spans.Length * MentionWords];
        for (var i = 0; i < spans.Length; i++)
        {
            var widest = Math.Min(i + MentionWords, spans.Length) - 1;
            if (plain && Named(i, widest).Count == 0)
            {
                continue;
            }

            for (var j = i; j <= widest; j++)
            {
                var themes = Except(Named(i, j), j > i ? Named(i + 1, j) : []);
                if (themes.Length > 0)
                {
                    mentions.Add(new ThemeMention(i, j, themes));
                }
            }
        }

        return words.Mentions = mentions;

        IReadOnlyList<string> Named(int from, int to) =>
            named[(from * MentionWords) + to - from] ??= index.Taxonomy.FindInText(phrase[spans[from].Start..spans[to].End]);
    }

    /// <summary>The themes of <paramref name="these"/> not in <paramref name="those"/>, each once, in order.</summary>
    private static string[] Except(IReadOnlyList<string> these, IReadOnlyList<string> those)
    {
        List<string>? left = null;
        foreach (var theme in these)
        {
            if (!those.Contains(theme) && !(left?.Contains(theme) ?? false))
            {
                (left ??= []).Add(theme);
            }
        }

        return left is null ? [] : [.. left];
    }

    /// <summary>
    /// True when every character of <paramref name="text"/> is ASCII, a Latin-1 letter or punctuation or a space: then the
    /// words <see cref="WordPattern"/> finds are exactly the words the folding finds (no combining marks, modifier letters
    /// or characters that fold to several words).
    /// </summary>
    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (c < '\u0080' || (c >= '\u00C0' && c <= '\u00FF' && c != '\u00D7' && c != '\u00F7'))
            {
                continue;
            }

            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                    or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                    or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation or UnicodeCategory.SpaceSeparator:
                    continue;
                default:
                    return false;
            }
        }

        return true;
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

    /// <summary>A phrase's words as character spans, each word's terms, and (once needed) where it names themes.</summary>
    private sealed class QuotablePhrase((int Start, int End)[] spans, string[][] terms)
    {
        public (int Start, int End)[] Spans { get; } = spans;

        public string[][] Terms { get; } = terms;

        public List<ThemeMention>? Mentions { get; set; }
    }
}
