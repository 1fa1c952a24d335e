using System.Diagnostics;
using Matchmaking.Bench.Synthetic;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Text;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Bench.Scale;

/// <summary>
/// The baseline: a straightforward scan that scores every profile on every query with BM25 (k1 1.2, b 0.75)
/// between the asker's words (needs counted twice, plus all its text) and each profile's words, applies the
/// target filter and keeps the top 10. Words are the engine's own: terms and two-word phrases of the
/// description, offers and keywords, and needs, from <see cref="TextAnalyzer"/>, as in the engine's text
/// field. Term ids are hashed into 2^25 buckets (feature hashing) so that the baseline's vocabulary does not
/// cost gigabytes at a million profiles; collisions blur a few idfs, not the work done per profile.
/// It also keeps each profile's themes, to count how many profiles the engine's theme lists reach.
/// </summary>
public sealed class BruteForceScan
{
    private const int BucketBits = 25;
    private const int Mask = (1 << BucketBits) - 1;
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly int[][] terms;
    private readonly ushort[][] frequencies;
    private readonly int[][] demand;
    private readonly int[] lengths;
    private readonly ActorType[] types;
    private readonly ThemeMasks[] masks;
    private readonly int[] documentFrequency = new int[1 << BucketBits];
    private int[] queryTerms = new int[64];
    private float[] queryWeights = new float[64];
    private double averageLength;

    private BruteForceScan(int size)
    {
        terms = new int[size][];
        frequencies = new ushort[size][];
        demand = new int[size][];
        lengths = new int[size];
        types = new ActorType[size];
        masks = new ThemeMasks[size];
    }

    public int Count => terms.Length;

    public TimeSpan BuildTime { get; private set; }

    /// <summary>Distinct terms and phrases (hash buckets in use).</summary>
    public int DistinctTerms { get; private set; }

    /// <summary>The share of <see cref="DistinctTerms"/> found in one profile only.</summary>
    public double SingleProfileTerms { get; private set; }

    public static BruteForceScan Build(SyntheticEcosystem ecosystem, int size)
    {
        ArgumentNullException.ThrowIfNull(ecosystem);
        var scan = new BruteForceScan(size);
        var themeBits = ThemeTaxonomy.Default.All.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        long totalLength = 0;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, size, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var profile = ecosystem.Actor(i).ToMatchProfile();
            var supplyText = string.Join(". ", [.. profile.Offers, .. profile.Keywords]);
            var demandText = string.Join(". ", profile.Needs);
            var description = profile.Description ?? "";
            var counts = new Dictionary<int, int>();
            AddTerms(counts, description);
            AddTerms(counts, supplyText);
            var needs = new Dictionary<int, int>();
            AddTerms(needs, demandText);
            foreach (var (term, count) in needs)
            {
                counts[term] = counts.GetValueOrDefault(term) + count;
            }

            scan.terms[i] = [.. counts.Keys];
            scan.frequencies[i] = [.. counts.Values.Select(c => (ushort)Math.Min(c, ushort.MaxValue))];
            scan.demand[i] = [.. needs.Keys];
            scan.lengths[i] = counts.Values.Sum();
            scan.types[i] = profile.Type;
            scan.masks[i] = ThemeMasks.Of(profile, supplyText, demandText, description, themeBits);
            foreach (var term in counts.Keys)
            {
                Interlocked.Increment(ref scan.documentFrequency[term]);
            }

            Interlocked.Add(ref totalLength, scan.lengths[i]);
        });
        scan.averageLength = Math.Max(1, (double)totalLength / size);
        scan.DistinctTerms = scan.documentFrequency.Count(df => df > 0);
        scan.SingleProfileTerms = (double)scan.documentFrequency.Count(df => df == 1) / Math.Max(1, scan.DistinctTerms);
        scan.BuildTime = clock.Elapsed;
        return scan;
    }

    /// <summary>The top 10 for one query, scanning every profile (timed by the caller).</summary>
    public int Suggest(ScaleQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var asker = query.Asker;
        SetQuery(asker);
        Span<int> top = stackalloc int[10];
        Span<double> topScores = stackalloc double[10];
        var found = 0;
        for (var d = 0; d < terms.Length; d++)
        {
            if (d == asker || (query.Target is { } target && types[d] != target))
            {
                continue;
            }

            var docTerms = terms[d];
            var docFrequencies = frequencies[d];
            var norm = K1 * (1 - B + (B * lengths[d] / averageLength));
            var score = 0.0;
            for (var j = 0; j < docTerms.Length; j++)
            {
                var weight = WeightOf(docTerms[j]);
                if (weight != 0)
                {
                    double tf = docFrequencies[j];
                    score += weight * tf * (K1 + 1) / (tf + norm);
                }
            }

            if (score > 0 && (found < 10 || score > topScores[9]))
            {
                var at = found < 10 ? found++ : 9;
                while (at > 0 && topScores[at - 1] < score)
                {
                    topScores[at] = topScores[at - 1];
                    top[at] = top[at - 1];
                    at--;
                }

                topScores[at] = score;
                top[at] = d;
            }
        }

        return found;
    }

    /// <summary>
    /// How much of the index the engine must reach for this asker, counted here without timing: the share of
    /// profiles offering a theme it seeks or seeking a theme it offers (the engine's theme lists), and the
    /// postings of its words with document frequency at most <paramref name="commonTermLimit"/> (its word lists).
    /// </summary>
    public (double ThemeShare, long Postings) Reach(ScaleQuery query, int commonTermLimit)
    {
        ArgumentNullException.ThrowIfNull(query);
        var asker = masks[query.Asker];
        var reached = 0;
        foreach (var m in masks)
        {
            if ((m.OfferedWithAncestors & asker.SoughtNamed) != 0 || (m.SoughtWithAncestors & asker.OfferedNamed) != 0)
            {
                reached++;
            }
        }

        long postings = 0;
        foreach (var term in terms[query.Asker])
        {
            var df = documentFrequency[term];
            postings += df <= commonTermLimit ? df : 0;
        }

        return ((double)reached / masks.Length, postings);
    }

    /// <summary>The asker's words with their weights, in a small open-addressing table that stays in the CPU cache.</summary>
    private void SetQuery(int asker)
    {
        var n = terms.Length;
        var askerTerms = terms[asker];
        var askerFrequencies = frequencies[asker];
        var capacity = Math.Max(64, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)askerTerms.Length * 4));
        if (queryTerms.Length != capacity)
        {
            queryTerms = new int[capacity];
            queryWeights = new float[capacity];
        }

        Array.Fill(queryTerms, -1);
        var needs = new HashSet<int>(demand[asker]);
        for (var j = 0; j < askerTerms.Length; j++)
        {
            var df = documentFrequency[askerTerms[j]];
            var idf = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
            var weight = (1 + Math.Log(askerFrequencies[j])) * idf * (needs.Contains(askerTerms[j]) ? 2 : 1); // needs count twice
            var slot = Slot(askerTerms[j]);
            while (queryTerms[slot] != -1)
            {
                slot = (slot + 1) & (queryTerms.Length - 1);
            }

            queryTerms[slot] = askerTerms[j];
            queryWeights[slot] = (float)weight;
        }
    }

    private float WeightOf(int term)
    {
        var slot = Slot(term);
        while (true)
        {
            var key = queryTerms[slot];
            if (key == term)
            {
                return queryWeights[slot];
            }

            if (key == -1)
            {
                return 0;
            }

            slot = (slot + 1) & (queryTerms.Length - 1);
        }
    }

    private int Slot(int term) => (int)((uint)(term * -1640531535) >> 7) & (queryTerms.Length - 1);

    private static void AddTerms(Dictionary<int, int> counts, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        foreach (var term in TextAnalyzer.Default.Terms(text))
        {
            var id = term.GetHashCode() & Mask;
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        foreach (var phrase in TextAnalyzer.Default.Phrases(text, maxWords: 2))
        {
            var id = phrase.GetHashCode() & Mask;
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }
    }

    /// <summary>A profile's themes as bit sets (the taxonomy has fewer than 64 themes), as the engine derives them.</summary>
    private readonly record struct ThemeMasks(ulong OfferedNamed, ulong SoughtNamed, ulong OfferedWithAncestors, ulong SoughtWithAncestors)
    {
        public static ThemeMasks Of(MatchProfile profile, string supplyText, string demandText, string description, Dictionary<string, int> bits)
        {
            var taxonomy = ThemeTaxonomy.Default;
            var offered = new HashSet<string>(profile.Themes.Where(taxonomy.Contains), StringComparer.Ordinal);
            offered.UnionWith(taxonomy.FindInText(supplyText));
            offered.UnionWith(taxonomy.FindInText(description));
            var sought = taxonomy.FindInText(demandText);
            return new ThemeMasks(
                MaskOf(offered, bits),
                MaskOf(sought, bits),
                MaskOf(offered.Concat(offered.SelectMany(taxonomy.Ancestors)), bits),
                MaskOf(sought.Concat(sought.SelectMany(taxonomy.Ancestors)), bits));
        }

        private static ulong MaskOf(IEnumerable<string> themes, Dictionary<string, int> bits) =>
            themes.Aggregate(0UL, (mask, theme) => mask | (1UL << bits[theme]));
    }
}
