using Matchmaking.Matching.Index;

namespace Matchmaking.Matching.Scoring;

/// <summary>The query's words: their posting lists, the candidates they find, and the BM25 they add to candidates.</summary>
internal sealed partial class Suggester
{
    private Dictionary<int, double> QueryOf(TermVector? vector, Dictionary<string, int>? extra)
    {
        var result = new Dictionary<int, double>((vector?.Count ?? 0) + (extra?.Count ?? 0));
        if (vector is { } v)
        {
            for (var i = 0; i < v.Count; i++)
            {
                result[v.Terms[i]] = 1 + Math.Log(v.Frequencies[i]);
            }
        }

        foreach (var (term, count) in extra ?? [])
        {
            if (index.Terms.TryGet(term, out var id))
            {
                result[id] = result.GetValueOrDefault(id) + 1 + Math.Log(count);
            }
        }

        return result;
    }

    /// <summary>
    /// The query's words with their posting lists, field by field in the query's order: terms in no profile, and
    /// terms above the common-term cut (in more than <see cref="MatchingWeights.CommonTermShare"/> of the profiles,
    /// or 5,000), are left out.
    /// </summary>
    private List<QueryTerm> QueryTerms()
    {
        var terms = new List<QueryTerm>(demandQuery.Count + supplyQuery.Count + textQuery.Count);
        Add(MatchField.Supply, demandQuery, Part.Need);
        Add(MatchField.Demand, supplyQuery, Part.Offer);
        Add(MatchField.Text, textQuery, Part.Text);
        return terms;

        void Add(MatchField field, Dictionary<int, double> query, Part part)
        {
            foreach (var (term, weight) in query)
            {
                if (index.Postings(field, term) is { Count: > 0 } list && list.Count <= commonTermLimit)
                {
                    terms.Add(new QueryTerm(term, field, part, weight, list));
                }
            }
        }
    }

    /// <summary>
    /// Marks the candidates: the actors with the query's selective words (in at most
    /// <see cref="MatchingWeights.SelectiveTermShare"/> of the profiles, or 1,000), rarest word first, until
    /// <see cref="MatchingWeights.CandidateBudget"/> candidates are found; then, budget allowing, the actors with a
    /// selective theme of the query. Common words, and the words past the budget, only add to these candidates, so
    /// that what a query scores does not grow with the index.
    /// </summary>
    private void MakeCandidates(List<QueryTerm> terms, QueryBuffers b)
    {
        var selective = terms.Where(t => t.List.Count <= selectiveTermLimit).OrderBy(t => t.List.Count);
        Span<uint> single = stackalloc uint[1];
        foreach (var term in selective)
        {
            if (b.Count >= weights.CandidateBudget)
            {
                return;
            }

            foreach (var posting in term.List.Packed(single))
            {
                b.Find(PostingList.DocumentOf(posting));
            }
        }

        if (b.Count < weights.CandidateBudget)
        {
            AccumulateThemes(soughtThemes, index.OfferersOf, b);
            AccumulateThemes(offeredThemes, index.SeekersOf, b);
        }
    }

    /// <summary>
    /// Copies the facts of the candidates in slots <paramref name="first"/> on from the index's flat array into their
    /// slots, with their BM25 length normalisation in each field: one read per candidate, in document order for the
    /// candidates found by words and themes, instead of reads at random on a word's first hit and in the pre-ranking.
    /// </summary>
    private void Gather(QueryBuffers b, int first)
    {
        // Two passes: the copies alone form a loop of independent reads the processor overlaps, where reads inside the
        // arithmetic would wait one after another.
        var facts = index.Facts;
        var documents = b.Documents;
        var slotFacts = b.Facts;
        for (var i = first; i < b.Count; i++)
        {
            slotFacts[i] = facts[documents[i]];
        }

        var (textAverage, supplyAverage, demandAverage) =
            (index.AverageLength(MatchField.Text), index.AverageLength(MatchField.Supply), index.AverageLength(MatchField.Demand));
        var slots = b.Slots;
        for (var i = first; i < b.Count; i++)
        {
            ref readonly var fact = ref slotFacts[i];
            ref var slot = ref slots[i];
            slot.TextNorm = Norm(fact.TextLength, textAverage);
            slot.SupplyNorm = Norm(fact.SupplyLength, supplyAverage);
            slot.DemandNorm = Norm(fact.DemandLength, demandAverage);
        }

        static double Norm(int length, double average) => K1 * (1 - B + (B * length / average));
    }

    /// <summary>BM25 of one query word, added to the candidates that have it (in the slots' part of the word's field).</summary>
    private void Accumulate(QueryTerm term, QueryBuffers b)
    {
        var postings = term.List.Packed(b.SinglePosting);
        var hitPostings = b.Hits(postings.Length);
        var candidates = b.Found;
        var hits = FindHits(postings, candidates, hitPostings);
        var slotsBefore = b.SlotsBefore;
        var slots = b.Slots;
        var idf = Math.Log(1 + ((index.Count - postings.Length + 0.5) / (postings.Length + 0.5)));
        var weighted = term.Weight * idf;

        // The slot's value the word adds to, and the length normalisation it reads, picked once for the whole list.
        var scoreAt = term.Part switch
        {
            Part.Need => QueryBuffers.Slot.NeedAt,
            Part.Offer => QueryBuffers.Slot.OfferAt,
            _ => QueryBuffers.Slot.TextAt,
        };
        var normAt = term.Field switch
        {
            MatchField.Supply => QueryBuffers.Slot.SupplyNormAt,
            MatchField.Demand => QueryBuffers.Slot.DemandNormAt,
            _ => QueryBuffers.Slot.TextNormAt,
        };
        for (var i = 0; i < hits; i++)
        {
            var posting = hitPostings[i];
            var document = PostingList.DocumentOf(posting);
            double tf = PostingList.FrequencyOf(posting) is var f && f < PostingList.SaturatedFrequency
                ? f
                : index.Actor(document).FrequencyOf(term.Field, term.Term);
            var word = document >> 6;
            var slot = QueryBuffers.Slot.Values(ref slots[QueryBuffers.SlotIn(slotsBefore[word], candidates[word], document)]);
            slot[scoreAt] += weighted * tf * (K1 + 1) / (tf + slot[normAt]);
        }
    }

    /// <summary>The largest word score of each part over the candidates, once every word has added to them.</summary>
    private static void WordMaxima(QueryBuffers b)
    {
        var (need, offer, text) = (0.0, 0.0, 0.0);
        foreach (ref readonly var slot in b.Slots.AsSpan(0, b.Count))
        {
            need = Math.Max(need, slot.Need);
            offer = Math.Max(offer, slot.Offer);
            text = Math.Max(text, slot.Text);
        }

        (b.Max.Need, b.Max.Offer, b.Max.Text) = (need, offer, text);
    }

    /// <summary>
    /// The postings of candidates, in the postings' order, without a branch per posting (every posting is written,
    /// and the count moves on for a candidate's), so that the few candidates among many postings cost no mispredicted
    /// jumps, and the second pass reads their slots in a loop whose reads overlap.
    /// </summary>
    private static int FindHits(ReadOnlySpan<uint> postings, ulong[] candidates, uint[] hits)
    {
        var count = 0;
        foreach (var posting in postings)
        {
            var document = PostingList.DocumentOf(posting);
            hits[count] = posting;
            count += (int)((candidates[document >> 6] >> document) & 1);
        }

        return count;
    }

    /// <summary>Actors offering what is sought (or seeking what is offered) are candidates when the theme is selective
    /// (like a selective word); the theme match itself is scored per candidate from its own theme list.</summary>
    private void AccumulateThemes(HashSet<string> themes, Func<string, PostingList?> listOf, QueryBuffers b)
    {
        foreach (var theme in themes)
        {
            if (listOf(theme) is { } list && list.Count <= selectiveTermLimit)
            {
                foreach (var posting in list.Postings)
                {
                    b.Find(PostingList.DocumentOf(posting));
                }
            }
        }
    }

    /// <summary>The parts of a slot the word fields add to.</summary>
    private enum Part
    {
        Need,
        Offer,
        Text,
    }

    /// <summary>A word of the query in one field, with its weight there and its posting list.</summary>
    private readonly record struct QueryTerm(int Term, MatchField Field, Part Part, double Weight, Postings List);
}
