using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;

namespace Matchmaking.Matching.Scoring;

/// <summary>
/// Answers one query under the index's read lock: finds candidates from inverted lists (terms of the
/// asker's needs, offers and text; its themes; its collaboration graph), scores them on every factor,
/// spreads the list and explains it.
/// </summary>
internal sealed partial class Suggester
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int PoolSize = 300;

    [ThreadStatic]
    private static QueryBuffers? buffers;

    [ThreadStatic]
    private static Ranked[]? estimateBuffer;

    [ThreadStatic]
    private static double[]? evidenceBuffer;

    private readonly MatchIndex index;
    private readonly SuggestionQuery query;
    private readonly MatchingWeights weights;
    private readonly IndexedActor? asker;
    private readonly Dictionary<int, double> demandQuery;
    private readonly Dictionary<int, double> supplyQuery;
    private readonly Dictionary<int, double> textQuery;
    private readonly HashSet<string> soughtThemes;
    private readonly HashSet<string> offeredThemes;
    private readonly HashSet<string>? themeFilter;
    private readonly HashSet<string>? askerThemes;
    private readonly int commonTermLimit;
    private readonly int selectiveTermLimit;
    private readonly bool[] soughtMarks;
    private readonly bool[] offeredMarks;
    private readonly bool[]? askerMarks;
    private readonly Semantics.QuantizedVector? queryVector;
    private StageClock clock = StageClock.Start();

    public Suggester(MatchIndex index, SuggestionQuery query, MatchingWeights weights, Dictionary<string, int>? briefTerms, IReadOnlySet<string>? briefThemes)
    {
        this.index = index;
        this.query = query;
        this.weights = weights;
        if (query.AskerKey is { } key)
        {
            asker = index.TryGetDocument(key, out var document)
                ? index.Actor(document)
                : throw new KeyNotFoundException($"The actor '{key}' is not indexed.");
        }
        else if (briefTerms is null)
        {
            throw new ArgumentException("A query needs an asker or a brief.", nameof(query));
        }

        demandQuery = QueryOf(asker?.Terms(MatchField.Demand), briefTerms);
        supplyQuery = QueryOf(asker?.Terms(MatchField.Supply), null);
        textQuery = QueryOf(asker?.Terms(MatchField.Text), briefTerms);
        soughtThemes = new HashSet<string>(asker?.SoughtNamed ?? [], StringComparer.Ordinal);
        soughtThemes.UnionWith(briefThemes ?? new HashSet<string>());
        offeredThemes = new HashSet<string>(asker?.OfferedNamed ?? [], StringComparer.Ordinal);
        themeFilter = query.Theme is { } theme ? [theme, .. index.Taxonomy.Descendants(theme)] : null;
        askerThemes = asker is null ? null : new HashSet<string>(asker.Offered.Ids.Concat(asker.Sought.Ids), StringComparer.Ordinal);
        soughtMarks = index.ThemeMarks(soughtThemes);
        offeredMarks = index.ThemeMarks(offeredThemes);
        askerMarks = askerThemes is null ? null : index.ThemeMarks(askerThemes);
        queryVector = query.BriefVector ?? asker?.Vectors?.Whole;
        commonTermLimit = Math.Max(5_000, (int)(index.Count * weights.CommonTermShare));
        selectiveTermLimit = Math.Max(1_000, (int)(index.Count * weights.SelectiveTermShare));
    }

    public IReadOnlyList<Suggestion> Run()
    {
        var ranked = Rank(ScoreCandidates()).ToList();
        clock.Lap(QueryStage.Rank);
        var writer = new ReasonWriter(index, query, weights, asker, soughtThemes, textQuery, Partners());
        var explained = ranked.ConvertAll(writer.Explain);
        clock.Lap(QueryStage.Reasons);
        return explained;
    }

    /// <summary>Every eligible candidate the query reaches, with its factor values, unranked (for tuning the weights).</summary>
    public IReadOnlyList<(string Key, FactorValues Factors, int SharedProjects)> Features() =>
        ScoreCandidates().Select(s => (index.Actor(s.Document).Key, s.Factors, s.SharedProjects)).ToList();

    private Dictionary<int, int> Partners() => asker is null ? [] : index.Graph.Partners(asker.Document);

    private List<Scored> ScoreCandidates()
    {
        var b = buffers ??= new QueryBuffers();
        b.Reset(index.DocumentCount);

        // Selective words and themes find the candidates (the rarest first, up to a budget); then every word adds to
        // the candidates found, selective words first, each field in the query's order.
        var terms = QueryTerms();
        MakeCandidates(terms, b);
        b.Seal();
        Gather(b, 0);
        clock.Lap(QueryStage.Candidates);
        foreach (var common in (ReadOnlySpan<bool>)[false, true])
        {
            foreach (var term in terms)
            {
                if ((term.List.Count > selectiveTermLimit) == common)
                {
                    Accumulate(term, b);
                }
            }

            clock.Lap(common ? QueryStage.CommonWords : QueryStage.SelectiveWords);
        }

        WordMaxima(b);

        var partners = Partners();
        var found = b.Count;
        AccumulateGraph(partners, b);
        AccumulateFeedback(b);
        Gather(b, found);
        clock.Lap(QueryStage.Graph);

        var max = b.Max;
        var pool = Pool(b, max, partners);
        clock.Lap(QueryStage.Pool);
        if (clock.Recording)
        {
            clock.Count(QueryCount.Words, terms.Count);
            clock.Count(QueryCount.Postings, terms.Sum(t => (long)t.List.Count));
            clock.Count(QueryCount.Candidates, b.Count);
            clock.Count(QueryCount.Pooled, pool.Count);
        }

        // The pool's actors, then the objects scoring reads of them, are read in loops of independent reads (the
        // processor overlaps their cache misses) before scoring, which would otherwise wait for them one by one.
        var actors = new IndexedActor[pool.Count];
        for (var i = 0; i < actors.Length; i++)
        {
            actors[i] = index.Actor(pool[i]);
        }

        var warm = 0;
        foreach (var actor in actors)
        {
            warm ^= actor.Warm();
        }

        b.Warmth = warm;

        // Evidence of ability counts in proportion to fit, measured against the best fit of the pool.
        var factors = new FactorValues[actors.Length];
        var bestFit = 0.0;
        for (var i = 0; i < actors.Length; i++)
        {
            factors[i] = Score(actors[i], b, max);
            bestFit = Math.Max(bestFit, factors[i].Fit(weights));
        }

        var scored = new List<Scored>(pool.Count);
        for (var i = 0; i < actors.Length; i++)
        {
            var candidate = factors[i];
            candidate.FitShare = FitShare(candidate.Fit(weights), bestFit);
            var weighted = candidate.Weighted(weights);
            var stale = query.Aging?.IsStale(actors[i].UpdatedAt, query.Now) == true;
            scored.Add(new Scored(actors[i].Document, candidate, stale ? weighted * query.Aging!.StalePenalty : weighted, partners.GetValueOrDefault(actors[i].Document), stale));
        }

        clock.Lap(QueryStage.Scoring);
        return scored;
    }

    /// <summary>
    /// The eligible candidates worth scoring in full: the best by the factors already accumulated (words, graph)
    /// and track record, so that a query costs what it reads plus a small constant, not the whole index.
    /// </summary>
    private List<int> Pool(QueryBuffers b, QueryBuffers.Maxima max, Dictionary<int, int> partners)
    {
        var size = Math.Max(PoolSize, query.Top * 20);
        var estimates = Estimates(b, max);
        var pool = new List<int>(Math.Min(size, estimates.Length));
        if (!ActorDecides(partners))
        {
            // Every estimated candidate is eligible: the best are selected in a few passes over the flat estimates.
            TopSelection.LargestFirst(estimates, size);
            foreach (var estimate in estimates[..Math.Min(size, estimates.Length)])
            {
                pool.Add(estimate.Document);
            }

            return pool;
        }

        // The query's filters need the actor: only a candidate that would enter the pool is checked.
        var best = new PriorityQueue<int, Ranked>(size + 1);
        foreach (var estimate in estimates)
        {
            if ((best.Count >= size && best.TryPeek(out _, out var lowest) && !estimate.Above(lowest)) || !ActorEligible(estimate.Document, partners))
            {
                continue;
            }

            best.Enqueue(estimate.Document, estimate);
            if (best.Count > size)
            {
                best.Dequeue();
            }
        }

        while (best.Count > 0)
        {
            pool.Add(best.Dequeue());
        }

        return pool;
    }

    /// <summary>
    /// The estimated score of every candidate the flat facts allow (suggestible, of a wanted kind, visible to the
    /// asker, not the asker): reads flat arrays only, in slot order.
    /// </summary>
    private Span<Ranked> Estimates(QueryBuffers b, QueryBuffers.Maxima max)
    {
        if (estimateBuffer is null || estimateBuffer.Length < b.Count)
        {
            estimateBuffer = new Ranked[Math.Max(b.Count, 2 * (estimateBuffer?.Length ?? 512))];
        }

        if (evidenceBuffer is null || evidenceBuffer.Length < 2 * estimateBuffer.Length)
        {
            evidenceBuffer = new double[2 * estimateBuffer.Length];
        }

        var estimates = estimateBuffer;
        var network = evidenceBuffer.AsSpan(0, estimateBuffer.Length);
        var evidence = evidenceBuffer.AsSpan(estimateBuffer.Length, estimateBuffer.Length);
        var count = 0;
        var bestFit = 0.0;
        var facts = b.Facts;
        var slots = b.Slots;
        var documents = b.Documents;
        var trackRecord = new TrackRecordTable(weights.TrackRecord, index.MaxPastProjects);
        var wanted = WantedKinds();
        var askerDocument = asker?.Document ?? -1;
        var (staleBefore, expiredBefore) = AgingTicks();
        var ties = index.TieBreaks;
        for (var candidate = 0; candidate < b.Count; candidate++)
        {
            var document = documents[candidate];
            var fact = facts[candidate];
            if (!fact.Candidate || ((wanted >> (int)fact.Type) & 1) == 0 || (query.PublicOnly && fact.MembersOnly) || document == askerDocument
                || (fact.UpdatedTicks != 0 && fact.UpdatedTicks < expiredBefore))
            {
                continue;
            }

            var aging = fact.UpdatedTicks != 0 && fact.UpdatedTicks < staleBefore ? query.Aging!.StalePenalty : 1;

            // Fit from the words (themes at half), the asker's network, and the evidence that counts in proportion to
            // the fit, as in scoring.
            ref readonly var slot = ref slots[candidate];
            var fit = (weights.Needs * Ratio(slot.Need, max.Need))
                + (weights.Offers * Ratio(slot.Offer, max.Offer))
                + (weights.Text * Ratio(slot.Text, max.Text))
                + (weights.Themes * 0.5);
            bestFit = Math.Max(bestFit, fit);
            network[count] = aging * weights.Graph * Ratio(slot.Graph, max.Graph);
            evidence[count] = aging * ((weights.Graph * Ratio(slot.Feedback, max.Feedback)) + trackRecord[fact.PastProjects]);
            estimates[count++] = new Ranked(aging * fit, document, ties[document]);
        }

        for (var i = 0; i < count; i++)
        {
            var fit = estimates[i].Value;
            estimates[i] = estimates[i] with { Value = fit + network[i] + (FitShare(fit, bestFit) * evidence[i]) };
        }

        return estimates.AsSpan(0, count);
    }

    /// <summary>The ticks before which a profile is stale and expired at the query's time (none: 0 and 0).</summary>
    private (long StaleBefore, long ExpiredBefore) AgingTicks() => query.Aging is { } aging
        ? ((query.Now - aging.StaleAfter).UtcTicks, (query.Now - aging.StaleAfter - aging.Grace).UtcTicks)
        : (0, 0);

    /// <summary>The kinds the query wants as a bit mask (bit <c>(int)kind</c>): all kinds when it names none.</summary>
    private ulong WantedKinds()
    {
        if (query.Targets.Count == 0)
        {
            return ulong.MaxValue;
        }

        var wanted = 0UL;
        foreach (var kind in Enum.GetValues<ActorType>())
        {
            wanted |= query.Targets.Contains(kind) ? 1UL << (int)kind : 0;
        }

        return wanted;
    }

    /// <summary>Past partners and partners of partners (Adamic–Adar: a shared partner with few partners counts more).</summary>
    private void AccumulateGraph(Dictionary<int, int> partners, QueryBuffers b)
    {
        foreach (var (partner, times) in partners)
        {
            ref var direct = ref b.Touch(partner);
            direct.Graph += Math.Log(1 + times);
            b.Max.Graph = Math.Max(b.Max.Graph, direct.Graph);
            var second = index.Graph.Partners(partner);
            var share = 0.5 / Math.Log(2 + second.Count);
            foreach (var other in second.Keys)
            {
                ref var slot = ref b.Touch(other);
                slot.Graph += share;
                b.Max.Graph = Math.Max(b.Max.Graph, slot.Graph);
            }
        }
    }

    /// <summary>Actors that worked with the best text matches ("worked with similar actors").</summary>
    private void AccumulateFeedback(QueryBuffers b)
    {
        if (weights.GraphFeedbackDepth <= 0 || b.Count == 0)
        {
            return;
        }

        var queue = new PriorityQueue<int, Ranked>(weights.GraphFeedbackDepth + 1);
        var ties = index.TieBreaks;
        for (var candidate = 0; candidate < b.Count; candidate++)
        {
            var d = b.Documents[candidate];
            var ranked = new Ranked(b.Slots[candidate].Need + b.Slots[candidate].Text, d, ties[d]);
            if (ranked.Value > 0 && (asker is null || d != asker.Document)
                && !(queue.Count == weights.GraphFeedbackDepth && queue.TryPeek(out _, out var lowest) && !ranked.Above(lowest)))
            {
                queue.Enqueue(d, ranked);
                if (queue.Count > weights.GraphFeedbackDepth)
                {
                    queue.Dequeue();
                }
            }
        }

        var top = new List<(int Document, double Score)>(queue.Count);
        while (queue.TryDequeue(out var document, out var ranked))
        {
            top.Add((document, ranked.Value));
        }

        top.Reverse();
        if (top.Count == 0)
        {
            return;
        }

        var best = top[0].Score;
        foreach (var (document, score) in top)
        {
            var partners = index.Graph.Partners(document);
            var share = score / best / Math.Log(2 + partners.Count);
            foreach (var other in partners.Keys)
            {
                ref var slot = ref b.Touch(other);
                slot.Feedback += share;
                b.Max.Feedback = Math.Max(b.Max.Feedback, slot.Feedback);
            }
        }
    }

    /// <summary>Whether the query names exclusions, a place, a theme or new partners only, which only the actor can tell.</summary>
    private bool ActorDecides(Dictionary<int, int> partners) =>
        query.Excluded.Count > 0 || query.Province is not null || themeFilter is not null || (query.NewPartnersOnly && partners.Count > 0);

    /// <summary>Whether the actor passes the query's exclusions, place, theme and new-partners filters.</summary>
    private bool ActorEligible(int document, Dictionary<int, int> partners)
    {
        var actor = index.Actor(document);
        return !query.Excluded.Contains(actor.Key)
            && (query.Province is null || string.Equals(actor.Place.Province, query.Province, StringComparison.OrdinalIgnoreCase))
            && (themeFilter is null || actor.Offered.Ids.Any(themeFilter.Contains) || actor.Sought.Ids.Any(themeFilter.Contains))
            && !(query.NewPartnersOnly && partners.ContainsKey(document));
    }

    private FactorValues Score(IndexedActor candidate, QueryBuffers b, QueryBuffers.Maxima max)
    {
        var document = candidate.Document;
        ref readonly var slot = ref b.SlotOf(document);
        var needs = Blend(Ratio(slot.Need, max.Need), Share(candidate.Offered, soughtMarks, soughtThemes.Count), soughtThemes.Count > 0);
        var offers = Blend(Ratio(slot.Offer, max.Offer), Share(candidate.Sought, offeredMarks, offeredThemes.Count), offeredThemes.Count > 0 && candidate.SoughtNamed.Length > 0);
        var mutual = needs > 0 && offers > 0 ? 2 * needs * offers / (needs + offers) : 0;
        return new FactorValues
        {
            Needs = needs,
            Offers = offers,
            Mutual = mutual,
            Themes = ThemeOverlap(candidate),
            Text = Ratio(slot.Text, max.Text),
            Semantic = queryVector is null ? 0 : candidate.Vectors?.Similarity(queryVector) ?? 0,
            Graph = 0.7 * Ratio(slot.Graph, max.Graph),
            Feedback = 0.5 * Ratio(slot.Feedback, max.Feedback),
            Proximity = asker is null ? 0 : Factors.Proximity(asker.Place, candidate.Place),
            Kind = asker is null ? 0 : Factors.KindFit(asker.Type, candidate.Type),
            TrackRecord = Factors.TrackRecord(candidate.PastProjects, index.MaxPastProjects),
            Stage = asker is null ? 0 : Factors.StageFit(asker.Type, asker.Stage, asker.Employees, candidate.Type, candidate.Stage, candidate.Employees),
            Freshness = Factors.Freshness(candidate.UpdatedAt, query.Now),
        };
    }

    private double ThemeOverlap(IndexedActor candidate)
    {
        if (askerMarks is null)
        {
            return Share(candidate.Offered, soughtMarks, soughtThemes.Count);
        }

        // Jaccard of the two actors' themes (offered or sought): a theme both offered and sought counts once.
        var theirs = candidate.Offered.Numbers.Length;
        var shared = candidate.Offered.CountMarked(askerMarks);
        foreach (var number in candidate.Sought.Numbers)
        {
            if (Array.IndexOf(candidate.Offered.Numbers, number) < 0)
            {
                theirs++;
                shared += askerMarks[number] ? 1 : 0;
            }
        }

        var union = askerThemes!.Count + theirs - shared;
        return union == 0 ? 0 : (double)shared / union;
    }

    private IEnumerable<Scored> Rank(List<Scored> scored)
    {
        // Equal scores in the order of the actors' ids, not of their documents: every replica of the index (one per
        // silo, filled in its own order) ranks the same.
        scored.Sort((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : string.CompareOrdinal(index.Actor(x.Document).Key, index.Actor(y.Document).Key));
        if (!query.Diversify)
        {
            return scored.Take(query.Top);
        }

        // Greedy: each pick is discounted for every earlier pick of the same kind, place and main theme.
        // Each candidate's signature is made once, not once per pick.
        var pool = scored.Take(Math.Max(query.Top * 5, 50)).Select(s => (Scored: s, Signature: Signature(s))).ToList();
        var picked = new List<Scored>(query.Top);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (picked.Count < query.Top && pool.Count > 0)
        {
            var bestIndex = 0;
            var bestValue = double.MinValue;
            for (var i = 0; i < pool.Count; i++)
            {
                var value = pool[i].Scored.Score * Math.Pow(0.85, seen.GetValueOrDefault(pool[i].Signature));
                if (value > bestValue)
                {
                    (bestIndex, bestValue) = (i, value);
                }
            }

            var (chosen, signature) = pool[bestIndex];
            pool.RemoveAt(bestIndex);
            picked.Add(chosen);
            seen[signature] = seen.GetValueOrDefault(signature) + 1;
        }

        return picked;
    }

    private string Signature(Scored scored)
    {
        var actor = index.Actor(scored.Document);
        return $"{actor.Type}|{actor.Place.Province}|{actor.OfferedNamed.FirstOrDefault()}";
    }

    /// <summary>The share of the <paramref name="wanted"/> themes (marked in <paramref name="marks"/>) found in <paramref name="themes"/>.</summary>
    private static double Share(ThemeList themes, bool[] marks, int wanted) => wanted == 0 ? 0 : (double)themes.CountMarked(marks) / wanted;

    private static double Ratio(double value, double max) => max <= 0 ? 0 : value / max;

    /// <summary>The share of a candidate's evidence of ability that counts: its fit over <see cref="MatchingWeights.FullEvidenceFit"/> of the best one, at most 1.</summary>
    private double FitShare(double fit, double bestFit) => bestFit <= 0 ? 0 : Math.Clamp(fit / (weights.FullEvidenceFit * bestFit), 0, 1);

    /// <summary>Words and themes together: half each when the asker named themes, words alone otherwise.</summary>
    private static double Blend(double words, double themes, bool hasThemes) => hasThemes ? (0.5 * words) + (0.5 * Math.Min(1, themes)) : words;

    /// <summary>The weighted track record by number of past projects, looked up instead of two logarithms per candidate.</summary>
    private readonly struct TrackRecordTable
    {
        private readonly double[] small;
        private readonly double weight;
        private readonly int max;

        public TrackRecordTable(double weight, int max)
        {
            (this.weight, this.max) = (weight, max);
            small = new double[Math.Min(max, 63) + 1];
            for (var past = 0; past < small.Length; past++)
            {
                small[past] = weight * Factors.TrackRecord(past, max);
            }
        }

        public double this[int past] => past < small.Length ? small[past] : weight * Factors.TrackRecord(past, max);
    }

    /// <summary>
    /// A value with its document, ordered by the value and, between equal values, the lower document first: rankings
    /// do not depend on the order candidates were found in.
    /// </summary>
    private readonly record struct Ranked(double Value, int Document, uint Tie) : IComparable<Ranked>
    {
        /// <summary>
        /// Ascending: the lower value comes first; between equal values the higher tie-break (the same on every
        /// replica, see <see cref="MatchIndex.TieBreaks"/>), then the higher document.
        /// </summary>
        public int CompareTo(Ranked other) =>
            Value != other.Value ? Value.CompareTo(other.Value) : Tie != other.Tie ? other.Tie.CompareTo(Tie) : other.Document.CompareTo(Document);

        /// <summary>Whether this ranks strictly above <paramref name="other"/>.</summary>
        public bool Above(Ranked other) => CompareTo(other) > 0;
    }
}
