using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Text;

namespace Matchmaking.Matching.Teams;

/// <summary>
/// The words of a proposal's reasons, in the language asked for (else the brief's: its need text, else the anchor's
/// profile; English when unknown), quoting the members' own phrases through <see cref="TeamBrief.Profiles"/> and naming themes by label.
/// </summary>
internal sealed class TeamWording
{
    private readonly MatchIndex index;
    private readonly TeamBrief brief;
    private readonly HashSet<string> briefTerms;
    private readonly HashSet<string> briefThemes;
    private readonly Dictionary<string, (HashSet<string> Terms, string[] Themes)> phrases = new(StringComparer.Ordinal);

    public TeamWording(MatchIndex index, TeamBrief brief, bool? italian = null)
    {
        this.index = index;
        this.brief = brief;
        Italian = italian ?? brief.Italian ?? BriefIsItalian(brief);
        var labels = brief.Themes.Select(id => index.Taxonomy.TryGet(id, out var t) ? $"{t.LabelIt} {t.LabelEn} {string.Join(' ', t.SynonymsEn)} {string.Join(' ', t.SynonymsIt)}" : "");
        var all = string.Join(". ", labels.Prepend(brief.Need ?? ""));
        briefTerms = index.Analyzer.Terms(all).ToHashSet(StringComparer.Ordinal);
        briefThemes = [.. brief.Themes, .. index.Taxonomy.FindInText(all)];
    }

    public bool Italian { get; }

    /// <summary>The wording of the same brief in the other language, sharing nothing but the index.</summary>
    public TeamWording Other() => new(index, brief, !Italian);

    private static bool BriefIsItalian(TeamBrief brief)
    {
        var text = brief.Need ?? (brief.AnchorKey is { } anchor ? brief.Profiles?.Invoke(anchor)?.Description : null);
        return !string.IsNullOrWhiteSpace(text) && LanguageDetector.Detect(text) == Language.Italian;
    }

    /// <summary>"una volta", "3 volte"; "once", "3 times".</summary>
    public static string Times(int times, bool italian) => (italian, times) switch
    {
        (true, 1) => "una volta",
        (true, _) => $"{times} volte",
        (false, 1) => "once",
        (false, _) => $"{times} times",
    };

    public string Label(string themeId, bool italian) =>
        index.Taxonomy.TryGet(themeId, out var theme) ? (italian ? theme.LabelIt : theme.LabelEn) : themeId;

    /// <summary>The label as written inside a sentence: "manutenzione predittiva", but "IoT industriale", "AI".</summary>
    public string InlineLabel(string themeId, bool italian) => Inline(Label(themeId, italian));

    /// <summary>
    /// A label's first letter lowered for the middle of a sentence ("manutenzione predittiva"), unless the label holds
    /// another capital or a digit: an acronym or a name (IoT industriale, AI, PMI, SME, Internet of Things, Industria 4.0)
    /// is kept as written.
    /// </summary>
    public static string Inline(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (label.Length < 2 || !char.IsUpper(label[0]))
        {
            return label;
        }

        foreach (var c in label.AsSpan(1))
        {
            if (char.IsUpper(c) || char.IsDigit(c))
            {
                return label;
            }
        }

        return char.ToLowerInvariant(label[0]) + label[1..];
    }

    public string Coverage(IReadOnlyList<NeedCoverage> coverage, TeamCandidate[] candidates, ScoredTeam team)
    {
        var names = team.Members.ToDictionary(m => candidates[m].Actor.Key, m => candidates[m].Actor.Name, StringComparer.Ordinal);
        var covered = coverage.Where(c => c.Coverage > 0).OrderByDescending(c => c.Coverage).Take(4)
            .Select(c => $"{NeedLabel(c.Need)} ({string.Join(", ", c.CoveredBy.Select(k => names.GetValueOrDefault(k, k)))})")
            .ToList();
        var missing = coverage.Where(c => c.Coverage <= 0).Take(3).Select(c => NeedLabel(c.Need)).ToList();
        if (covered.Count == 0)
        {
            return "";
        }

        var text = (Italian ? $"Copre {coverage.Count(c => c.Coverage > 0)} bisogni su {coverage.Count}: " : $"Covers {coverage.Count(c => c.Coverage > 0)} of {coverage.Count} needs: ")
            + string.Join("; ", covered);
        return missing.Count == 0 ? text : text + (Italian ? "; scoperti: " : "; not covered: ") + string.Join("; ", missing);
    }

    public string Relevance(IEnumerable<IndexedActor> members)
    {
        var parts = members.Select(m => BestOffer(m) is { } offer ? $"{m.Name} {(Italian ? "offre" : "offers")} {Quote(offer)}" : null).OfType<string>().ToList();
        return parts.Count == 0 ? "" : (Italian ? "Rispondono alla richiesta: " : "They answer the brief: ") + string.Join("; ", parts);
    }

    public string Fit(IReadOnlyList<PairFit> pairs)
    {
        var best = pairs.OrderByDescending(p => p.Score).FirstOrDefault();
        var reason = best?.Reasons.FirstOrDefault(r => r.Factor != "graph");
        return best is null || reason is null ? "" : $"{NameOf(best.A)} – {NameOf(best.B)}: {reason.Evidence}";
    }

    public string Closeness(IReadOnlyList<IndexedActor> members, PairScorer scorer)
    {
        var parts = new List<string>();
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                var evidence = GraphEvidence(members[i], members[j], scorer.PartnersOf(members[i].Document));
                if (evidence.Length > 0)
                {
                    parts.Add($"{members[i].Name} – {members[j].Name}: {evidence}");
                }
            }
        }

        return string.Join("; ", parts.Take(3));
    }

    public string PairEvidence(string factor, IndexedActor a, IndexedActor b, PairScore score) => factor switch
    {
        "mutual" => $"{Answers(a, b)}; {Answers(b, a)}",
        "needs" => score.AnswersAb >= score.AnswersBa ? Answers(a, b) : Answers(b, a),
        "text" => (Italian ? "Attività simili: " : "Similar work: ") + string.Join(", ", SharedWords(a, b)),
        "graph" => score.Direct > 0
            ? (Italian ? $"Hanno già lavorato insieme {Times(score.Direct, true)}" : $"Worked together before {Times(score.Direct, false)}")
            : (Italian ? "Partner in comune: " : "Shared past partners: ") + string.Join(", ", score.Shared.Take(3).Select(d => index.Actor(d).Name)),
        "proximity" => Proximity(a.Place, b.Place),
        "kind" => Italian ? $"Tipi complementari: {KindName(a.Type, true)} e {KindName(b.Type, true)}" : $"Complementary kinds: {KindName(a.Type, false)} and {KindName(b.Type, false)}",
        _ => factor,
    };

    /// <summary>The member's offer (or keyword) that shares the most words and themes with the brief; its first when none does.</summary>
    public string? BestOffer(IndexedActor actor)
    {
        var profile = brief.Profiles?.Invoke(actor.Key);
        if (profile is null)
        {
            return null;
        }

        string? best = null;
        var bestShared = -1;
        foreach (var offer in profile.Offers.Concat(profile.Keywords).Take(20))
        {
            var (terms, themes) = Analysed(offer);
            var shared = terms.Count(briefTerms.Contains) + (2 * themes.Count(briefThemes.Contains));
            if (shared > bestShared)
            {
                (best, bestShared) = (offer, shared);
            }
        }

        return best;
    }

    public string Quote(string phrase) => Italian ? $"«{Shorten(phrase, 120)}»" : $"\"{Shorten(phrase, 120)}\"";

    public static string Shorten(string text, int length)
    {
        var trimmed = text.Trim();
        return trimmed.Length > length ? trimmed[..length].TrimEnd() + "…" : trimmed;
    }

    public static string KindName(ActorType type, bool italian) => type switch
    {
        ActorType.Company => italian ? "azienda" : "company",
        ActorType.Startup => "startup",
        ActorType.Researcher => italian ? "ricerca" : "research",
        _ => italian ? "ente" : "organisation",
    };

    private string NeedLabel(string need) => index.Taxonomy.Contains(need) ? Label(need, Italian) : Quote(Shorten(need, 60));

    private string NameOf(string key) => index.TryGetDocument(key, out var d) ? index.Actor(d).Name : key;

    /// <summary>"A seeks «need»; B offers «offer»", from the profiles' phrases sharing the most words or themes; else by theme.</summary>
    private string Answers(IndexedActor seeker, IndexedActor supplier)
    {
        var seekerProfile = brief.Profiles?.Invoke(seeker.Key);
        var supplierProfile = brief.Profiles?.Invoke(supplier.Key);
        var (need, offer) = BestPair(seekerProfile?.Needs ?? [], supplierProfile is null ? [] : [.. supplierProfile.Offers, .. supplierProfile.Keywords]);
        if (need is not null && offer is not null)
        {
            return Italian
                ? $"{seeker.Name} cerca {Quote(need)}; {supplier.Name} offre {Quote(offer)}"
                : $"{seeker.Name} seeks {Quote(need)}; {supplier.Name} offers {Quote(offer)}";
        }

        var shared = seeker.SoughtNamed.Where(supplier.Offered.Ids.Contains).Take(3).Select(t => InlineLabel(t, Italian)).ToList();
        return shared.Count > 0
            ? (Italian
                ? $"{seeker.Name} cerca {string.Join(", ", shared)}; {supplier.Name} {(shared.Count > 1 ? "li offre" : "lo offre")}"
                : $"{seeker.Name} seeks {string.Join(", ", shared)}; {supplier.Name} offers {(shared.Count > 1 ? "them" : "it")}")
            : (Italian ? $"{supplier.Name} offre ciò che {seeker.Name} cerca" : $"{supplier.Name} offers what {seeker.Name} seeks");
    }

    private (string? Need, string? Offer) BestPair(IReadOnlyList<string> needs, IReadOnlyList<string> supply)
    {
        (string?, string?) best = (null, null);
        var bestShared = 0;
        foreach (var need in needs.Take(10))
        {
            var (needTerms, named) = Analysed(need);
            var needThemes = named.SelectMany(t => index.Taxonomy.Ancestors(t).Append(t)).ToHashSet(StringComparer.Ordinal);
            foreach (var offer in supply.Take(20))
            {
                var (terms, themes) = Analysed(offer);
                var shared = terms.Count(needTerms.Contains) + (2 * themes.Count(needThemes.Contains));
                if (shared > bestShared)
                {
                    (best, bestShared) = ((need, offer), shared);
                }
            }
        }

        return best;
    }

    /// <summary>A phrase's distinct terms and the themes it names, analysed once per proposal batch.</summary>
    private (HashSet<string> Terms, string[] Themes) Analysed(string phrase)
    {
        if (!phrases.TryGetValue(phrase, out var analysed))
        {
            phrases[phrase] = analysed = (index.Analyzer.Terms(phrase).ToHashSet(StringComparer.Ordinal), [.. index.Taxonomy.FindInText(phrase)]);
        }

        return analysed;
    }

    private string GraphEvidence(IndexedActor a, IndexedActor b, Dictionary<int, int> partnersOfA)
    {
        if (partnersOfA.TryGetValue(b.Document, out var times))
        {
            return Italian ? $"hanno già lavorato insieme {Times(times, true)}" : $"worked together before {Times(times, false)}";
        }

        var theirs = index.Graph.Partners(b.Document);
        var shared = partnersOfA.Keys.Where(theirs.ContainsKey).Select(index.Actor).Where(x => x.Live).Select(x => x.Name).Order(StringComparer.Ordinal).Take(3).ToList();
        return shared.Count == 0 ? "" : (Italian ? "partner in comune " : "shared past partners ") + string.Join(", ", shared);
    }

    /// <summary>The rarest words both texts share, as written in a description when one is at hand.</summary>
    private IEnumerable<string> SharedWords(IndexedActor a, IndexedActor b)
    {
        var theirs = b.Terms(MatchField.Text);
        var shared = a.Terms(MatchField.Text).Terms
            .Where(t => theirs.FrequencyOf(t) > 0 && index.IsWord(t))
            .OrderBy(t => index.DocumentFrequency(MatchField.Text, t) is > 0 and var df ? df : int.MaxValue)
            .ThenBy(t => index.Terms[t], StringComparer.Ordinal)
            .Take(3)
            .Select(t => index.Terms[t])
            .ToList();
        var written = string.Join(" ", new[] { a, b }.Select(x => brief.Profiles?.Invoke(x.Key)).OfType<MatchProfile>()
            .SelectMany(p => p.Offers.Concat(p.Keywords).Concat(p.Needs).Append(p.Description ?? "")));
        return shared.Select(stem => SurfaceOf(stem, written));
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

    private string Proximity(Place here, Place there)
    {
        static bool Same(string? x, string? y) => x is not null && string.Equals(x, y, StringComparison.OrdinalIgnoreCase);
        if (Same(here.Municipality, there.Municipality))
        {
            return Italian ? $"Stesso comune ({there.Municipality})" : $"Same municipality ({there.Municipality})";
        }

        if (Same(here.Province, there.Province))
        {
            return Italian ? $"Stessa provincia ({there.Province})" : $"Same province ({there.Province})";
        }

        return Same(here.Region, there.Region)
            ? (Italian ? $"Stessa regione ({there.Region})" : $"Same region ({there.Region})")
            : (Italian ? $"Stesso paese ({there.Country})" : $"Same country ({there.Country})");
    }
}
