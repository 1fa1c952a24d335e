using System.Collections.Concurrent;
using Matchmaking.Matching.Text;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Matching.Scoring;

/// <summary>
/// The analyses of the phrases reasons compare (an actor's offers, keywords and needs), kept across queries: the same
/// candidates come back in many lists, and analysing a phrase (words, language, stems, themes) costs far more than
/// comparing two. An analysis depends only on the phrase, so a kept one is never stale. Bounded: once full it stops
/// growing and new phrases are analysed each time. Thread-safe.
/// </summary>
internal sealed class PhraseAnalyses(TextAnalyzer analyzer, ThemeTaxonomy taxonomy, int capacity)
{
    private readonly ConcurrentDictionary<string, AnalysedPhrase> entries = new(StringComparer.Ordinal);
    private int count;

    /// <summary>Phrases longer than this (a brief, a description) are analysed each time, never kept.</summary>
    public const int LongestKept = 500;

    public AnalysedPhrase Get(string phrase)
    {
        if (phrase.Length > LongestKept)
        {
            return Analyse(phrase);
        }

        if (entries.TryGetValue(phrase, out var analysed))
        {
            return analysed;
        }

        analysed = Analyse(phrase);
        if (Volatile.Read(ref count) < capacity && entries.TryAdd(phrase, analysed))
        {
            Interlocked.Increment(ref count);
        }

        return analysed;
    }

    private AnalysedPhrase Analyse(string phrase)
    {
        var terms = analyzer.TermArray(phrase);
        var themes = taxonomy.FindInText(phrase);
        if (themes.Count == 0)
        {
            return new AnalysedPhrase(terms, [], []);
        }

        var withAncestors = new List<string>();
        foreach (var theme in themes)
        {
            foreach (var ancestor in taxonomy.Ancestors(theme))
            {
                AddOnce(withAncestors, ancestor);
            }

            AddOnce(withAncestors, theme);
        }

        return new AnalysedPhrase(terms, [.. themes], [.. withAncestors]);
    }

    private static void AddOnce(List<string> items, string item)
    {
        if (!items.Contains(item, StringComparer.Ordinal))
        {
            items.Add(item);
        }
    }
}

/// <summary>
/// A phrase's terms (as listed) and the themes named in it (alone, and with their ancestors, each once). Each list comes
/// with its strings' hash codes side by side, and a <see cref="StringMask"/> of them, so that two lists are compared
/// without reaching for the strings, which lie all over the heap, unless their hashes meet.
/// </summary>
internal sealed class AnalysedPhrase
{
    // The hash codes of the terms, then the themes, then the themes with their ancestors, in one array.
    private readonly int[] hashes;

    public AnalysedPhrase(string[] terms, string[] themes, string[] themesWithAncestors)
    {
        (Terms, Themes, ThemesWithAncestors) = (terms, themes, themesWithAncestors);
        hashes = new int[terms.Length + themes.Length + themesWithAncestors.Length];
        var at = 0;
        foreach (var list in (ReadOnlySpan<string[]>)[terms, themes, themesWithAncestors])
        {
            foreach (var item in list)
            {
                hashes[at++] = StringMask.Hash(item);
            }
        }

        TermMask = StringMask.Of(TermHashes);
        ThemeMask = StringMask.Of(ThemeHashes);
        ThemesWithAncestorsMask = StringMask.Of(ThemesWithAncestorsHashes);
    }

    public string[] Terms { get; }

    public string[] Themes { get; }

    public string[] ThemesWithAncestors { get; }

    public ReadOnlySpan<int> TermHashes => hashes.AsSpan(0, Terms.Length);

    public ReadOnlySpan<int> ThemeHashes => hashes.AsSpan(Terms.Length, Themes.Length);

    public ReadOnlySpan<int> ThemesWithAncestorsHashes => hashes.AsSpan(Terms.Length + Themes.Length);

    public ulong TermMask { get; }

    public ulong ThemeMask { get; }

    public ulong ThemesWithAncestorsMask { get; }
}
