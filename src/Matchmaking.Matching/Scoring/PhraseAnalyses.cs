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
/// A phrase's terms (as listed) and the themes named in it (alone, and with their ancestors, each once), with a
/// <see cref="StringMask"/> of each list so that two phrases that share nothing are told apart without comparing words.
/// </summary>
internal sealed class AnalysedPhrase(string[] terms, string[] themes, string[] themesWithAncestors)
{
    public string[] Terms { get; } = terms;

    public string[] Themes { get; } = themes;

    public string[] ThemesWithAncestors { get; } = themesWithAncestors;

    public ulong TermMask { get; } = StringMask.Of(terms);

    public ulong ThemeMask { get; } = StringMask.Of(themes);

    public ulong ThemesWithAncestorsMask { get; } = StringMask.Of(themesWithAncestors);
}
