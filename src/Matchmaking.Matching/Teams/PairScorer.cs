using Matchmaking.Matching.Index;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Matching.Teams;

/// <summary>
/// Compares two indexed actors directly, without a query: what each seeks against what the other supplies (terms
/// weighted by rarity, and themes), how similar their work is, whether they worked together or share past partners,
/// how near they are and how natural the pairing of kinds is. Caches per actor; used under the index's read lock by
/// one request at a time.
/// </summary>
internal sealed class PairScorer(MatchIndex index)
{
    private readonly Dictionary<int, Dictionary<int, int>> partners = [];
    private readonly Dictionary<int, double> textNorms = [];
    private readonly Dictionary<(int Document, MatchField Field), TermVector> vectors = [];

    public PairScore Score(IndexedActor a, IndexedActor b)
    {
        var ab = Answers(a, b);
        var ba = Answers(b, a);
        var mutual = ab > 0 && ba > 0 ? 2 * ab * ba / (ab + ba) : 0;
        var mine = PartnersOf(a.Document);
        var direct = mine.GetValueOrDefault(b.Document);
        var shared = new List<int>();
        double adamicAdar = 0;
        foreach (var partner in PartnersOf(b.Document).Keys)
        {
            if (mine.ContainsKey(partner) && index.Actor(partner).Live)
            {
                shared.Add(partner);
                adamicAdar += 1 / Math.Log(2 + PartnersOf(partner).Count);
            }
        }

        // Worked together: 0.75 once, 1 from four times; otherwise shared partners, saturating at 0.6.
        var closeness = direct > 0 ? 0.75 + (0.25 * Math.Min(1, (direct - 1) / 3.0)) : 0.6 * (1 - Math.Exp(-adamicAdar));
        shared.Sort((x, y) => PartnersOf(x).Count.CompareTo(PartnersOf(y).Count));
        return new PairScore(
            ab,
            ba,
            mutual,
            TextSimilarity(a, b),
            direct,
            shared,
            closeness,
            Factors.Proximity(a.Place, b.Place),
            Math.Max(Factors.KindFit(a.Type, b.Type), Factors.KindFit(b.Type, a.Type)));
    }

    public Dictionary<int, int> PartnersOf(int document)
    {
        if (!partners.TryGetValue(document, out var result))
        {
            partners[document] = result = index.Graph.Partners(document);
        }

        return result;
    }

    /// <summary>How much of what <paramref name="seeker"/> seeks <paramref name="supplier"/> supplies, in [0, 1]: the
    /// rarity-weighted share of its need terms in the other's supply, blended half and half with the share of its sought
    /// themes the other offers when it seeks any.</summary>
    private double Answers(IndexedActor seeker, IndexedActor supplier)
    {
        var demand = VectorOf(seeker, MatchField.Demand);
        var supply = VectorOf(supplier, MatchField.Supply);
        double found = 0, total = 0;
        int i = 0, j = 0;
        while (i < demand.Count)
        {
            var term = demand.Terms[i];
            var weight = Idf(MatchField.Supply, term) * (1 + Math.Log(demand.Frequencies[i]));
            total += weight;
            while (j < supply.Count && supply.Terms[j] < term)
            {
                j++;
            }

            if (j < supply.Count && supply.Terms[j] == term)
            {
                found += weight;
            }

            i++;
        }

        var words = total > 0 ? found / total : 0;
        if (seeker.SoughtNamed.Length == 0)
        {
            return words;
        }

        var themes = (double)seeker.SoughtNamed.Count(supplier.Offered.Ids.Contains) / seeker.SoughtNamed.Length;
        return (0.5 * words) + (0.5 * themes);
    }

    /// <summary>Cosine of the two texts, terms weighted (1 + ln tf) × idf.</summary>
    private double TextSimilarity(IndexedActor a, IndexedActor b)
    {
        var x = VectorOf(a, MatchField.Text);
        var y = VectorOf(b, MatchField.Text);
        double dot = 0;
        int i = 0, j = 0;
        while (i < x.Count && j < y.Count)
        {
            if (x.Terms[i] < y.Terms[j])
            {
                i++;
            }
            else if (x.Terms[i] > y.Terms[j])
            {
                j++;
            }
            else
            {
                var idf = Idf(MatchField.Text, x.Terms[i]);
                dot += (1 + Math.Log(x.Frequencies[i])) * (1 + Math.Log(y.Frequencies[j])) * idf * idf;
                i++;
                j++;
            }
        }

        var norm = NormOf(a) * NormOf(b);
        return norm <= 0 ? 0 : Math.Min(1, dot / norm);
    }

    private double NormOf(IndexedActor actor)
    {
        if (!textNorms.TryGetValue(actor.Document, out var norm))
        {
            var vector = VectorOf(actor, MatchField.Text);
            double sum = 0;
            for (var i = 0; i < vector.Count; i++)
            {
                var w = (1 + Math.Log(vector.Frequencies[i])) * Idf(MatchField.Text, vector.Terms[i]);
                sum += w * w;
            }

            textNorms[actor.Document] = norm = Math.Sqrt(sum);
        }

        return norm;
    }

    /// <summary>The actor's term vector in the field, decoded once per scorer.</summary>
    private TermVector VectorOf(IndexedActor actor, MatchField field)
    {
        if (!vectors.TryGetValue((actor.Document, field), out var vector))
        {
            vectors[(actor.Document, field)] = vector = actor.Terms(field);
        }

        return vector;
    }

    private double Idf(MatchField field, int term)
    {
        var df = index.DocumentFrequency(field, term);
        return Math.Log(1 + ((double)Math.Max(index.Count, 1) / Math.Max(df, 1)));
    }
}

/// <summary>The components of a pair's fit, each in [0, 1] but <see cref="Direct"/> (joint past projects) and
/// <see cref="Shared"/> (common past partners, most selective first).</summary>
internal sealed record PairScore(
    double AnswersAb,
    double AnswersBa,
    double Mutual,
    double Text,
    int Direct,
    IReadOnlyList<int> Shared,
    double Closeness,
    double Proximity,
    double Kind)
{
    /// <summary>Each component's weighted share of the pair's fit (they sum to <see cref="Total"/>).</summary>
    public IEnumerable<(string Factor, double Contribution)> Contributions(TeamWeights w)
    {
        var sum = PairWeightSum(w);
        return
        [
            ("mutual", w.PairMutual * Mutual / sum),
            ("needs", w.PairNeeds * (AnswersAb + AnswersBa) / 2 / sum),
            ("text", w.PairText * Text / sum),
            ("graph", w.PairGraph * Closeness / sum),
            ("proximity", w.PairProximity * Proximity / sum),
            ("kind", w.PairKind * Kind / sum),
        ];
    }

    /// <summary>The pair's fit in [0, 1]: the weighted mean of its components.</summary>
    public double Total(TeamWeights w) =>
        ((w.PairMutual * Mutual) + (w.PairNeeds * (AnswersAb + AnswersBa) / 2) + (w.PairText * Text) + (w.PairGraph * Closeness)
            + (w.PairProximity * Proximity) + (w.PairKind * Kind)) / PairWeightSum(w);

    private static double PairWeightSum(TeamWeights w) =>
        Math.Max(1e-9, w.PairMutual + w.PairNeeds + w.PairText + w.PairGraph + w.PairProximity + w.PairKind);
}
