using Matchmaking.Matching.Index;

namespace Matchmaking.Matching.Teams;

/// <summary>
/// The needs a team must cover: each theme of the brief (named or found in its need text) and each phrase of the need
/// text (its terms weighted by rarity). A member's hits say how much of each need's slots it covers; a team covers a
/// slot with its best member. Built and read under the index's read lock.
/// </summary>
internal sealed class TeamNeeds
{
    private const int MaxPhrases = 12;

    private readonly List<Need> needs = [];
    private readonly List<Slot> slots = [];

    private TeamNeeds()
    {
    }

    public IReadOnlyList<Need> All => needs;

    public int SlotCount => slots.Count;

    /// <summary>The needs of a brief: its themes (plus those its text names), then the phrases of its need text.</summary>
    public static TeamNeeds Of(MatchIndex index, IReadOnlyList<string> themes, string? need)
    {
        var result = new TeamNeeds();
        foreach (var theme in themes.Distinct(StringComparer.Ordinal))
        {
            result.AddTheme(index, theme);
        }

        foreach (var phrase in Phrases(need).Take(MaxPhrases))
        {
            result.AddPhrase(index, phrase);
        }

        return result;
    }

    /// <summary>How much the actor covers each slot, in [0, 1]: a theme it offers 1 (one of its broader themes 0.5);
    /// a term among what it supplies 1, only in its other text 0.6.</summary>
    public double[] Hits(IndexedActor actor)
    {
        var hits = new double[slots.Count];
        for (var s = 0; s < slots.Count; s++)
        {
            var slot = slots[s];
            if (slot.Theme is { } theme)
            {
                hits[s] = actor.Offered.Ids.Contains(theme) ? 1 : slot.Ancestors.Any(actor.OfferedNamed.Contains) ? 0.5 : 0;
            }
            else
            {
                hits[s] = actor.FrequencyOf(MatchField.Supply, slot.Term) > 0 ? 1
                    : actor.FrequencyOf(MatchField.Text, slot.Term) > 0 ? 0.6 : 0;
            }
        }

        return hits;
    }

    /// <summary>How well the members (their hits) cover one need, in [0, 1].</summary>
    public double CoverageOf(int need, IReadOnlyList<double[]> members)
    {
        var n = needs[need];
        double covered = 0;
        for (var s = n.First; s < n.First + n.Count; s++)
        {
            double best = 0;
            foreach (var hits in members)
            {
                best = Math.Max(best, hits[s]);
            }

            covered += best * slots[s].Weight;
        }

        return n.Weight <= 0 ? 0 : covered / n.Weight;
    }

    /// <summary>The mean coverage of every need; 0 when the brief names none.</summary>
    public double CoverageOf(IReadOnlyList<double[]> members)
    {
        if (needs.Count == 0)
        {
            return 0;
        }

        double sum = 0;
        for (var n = 0; n < needs.Count; n++)
        {
            sum += CoverageOf(n, members);
        }

        return sum / needs.Count;
    }

    /// <summary>Sentences and clauses of the need text (split at . ; ! ? and line breaks).</summary>
    private static IEnumerable<string> Phrases(string? need) =>
        string.IsNullOrWhiteSpace(need)
            ? []
            : need.Split(['.', ';', '!', '?', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(p => p.Length >= 3);

    private void AddTheme(MatchIndex index, string theme)
    {
        if (!index.Taxonomy.Contains(theme))
        {
            return;
        }

        needs.Add(new Need(theme, theme, slots.Count, 1, 1));
        slots.Add(new Slot(theme, [.. index.Taxonomy.Ancestors(theme)], -1, 1));
    }

    /// <summary>A phrase with its distinct terms that some profile has, each weighted ln(1 + N / df).</summary>
    private void AddPhrase(MatchIndex index, string phrase)
    {
        var first = slots.Count;
        double total = 0;
        foreach (var term in index.Analyzer.Terms(phrase).Distinct(StringComparer.Ordinal))
        {
            if (!index.Terms.TryGet(term, out var id) || index.DocumentFrequency(MatchField.Text, id) is not (> 0 and var df))
            {
                continue;
            }

            var weight = Math.Log(1 + ((double)index.Count / df));
            slots.Add(new Slot(null, [], id, weight));
            total += weight;
        }

        if (slots.Count > first)
        {
            needs.Add(new Need(phrase, null, first, slots.Count - first, total));
        }
    }

    /// <summary>A need: its label (a theme id or the phrase), its theme, its slots and their total weight.</summary>
    public sealed record Need(string Label, string? Theme, int First, int Count, double Weight);

    /// <summary>A theme (with its ancestors) or a term id, and its weight in its need.</summary>
    private sealed record Slot(string? Theme, string[] Ancestors, int Term, double Weight);
}
