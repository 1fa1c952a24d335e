using System.Globalization;
using Matchmaking.Matching.Text;

namespace Matchmaking.Matching.Scoring;

/// <summary>Quoting a phrase where it meets the other side of a pair.</summary>
internal sealed partial class ReasonWriter
{
    /// <summary>The longest quote of a phrase in a reason, in characters.</summary>
    private const int QuoteLength = 120;

    /// <summary>How much of a phrase is searched for the words to quote (a brief may be long).</summary>
    private const int MaxQuotedInput = 4_000;

    /// <summary>The most words a theme mention is looked for in.</summary>
    private const int MentionWords = 4;

    // The phrases quoted in this query, by text: the asker's come back in many reasons.
    private readonly Dictionary<string, QuotablePhrase> quotable = new(StringComparer.Ordinal);

    /// <summary>
    /// A long phrase cut down to the words that meet the other side (from the first such word to the last), so that a
    /// brief or a long need is quoted where it matters; at most <see cref="QuoteLength"/> characters either way.
    /// </summary>
    /// <remarks>
    /// Only the words that decide the first and the last are looked at: from the start up to the first word that meets
    /// the other side, then back from the end while a word could still reach past the last found (a word's reach ends
    /// at most <see cref="MentionWords"/> - 1 words after it).
    /// </remarks>
    private string Quote(Phrase phrase, Phrase counterpart)
    {
        var text = phrase.Text;
        if (text.Length <= QuoteLength / 2)
        {
            return text;
        }

        var wanted = counterpart.Analysis;
        var words = Words(phrase);
        int first = -1, last = -1;
        for (var i = 0; i < words.Count && first < 0; i++)
        {
            last = MeetingEnd(words, i, wanted);
            first = last >= 0 ? i : -1;
        }

        if (first < 0)
        {
            return Cut(text);
        }

        for (var i = words.Count - 1; i > first && i + MentionWords - 1 > last; i--)
        {
            last = Math.Max(last, MeetingEnd(words, i, wanted));
        }

        var start = words.Spans[first].Start;
        var span = Cut(text[start..words.Spans[last].End]);
        return (start > 0 ? "…" : "") + span + (span.Length < text.Length - start && !span.EndsWith('…') ? "…" : "");
    }

    /// <summary>
    /// The last word of what word <paramref name="i"/> starts that meets the other side: the end of the longest mention
    /// starting there of a theme <paramref name="wanted"/> names, else the word itself if it shares a term; -1 if neither.
    /// </summary>
    /// <remarks>
    /// A mention starting at word i is a run of words i..j naming a theme that words i+1..j do not name. The theme scan
    /// takes a theme wherever one starts, so a run of words that names nothing holds no shorter run that names
    /// something: runs inside a run that names nothing are not searched, in <see cref="IsPlain"/> text (where the
    /// pattern's words are the folding's words).
    /// </remarks>
    private int MeetingEnd(QuotablePhrase words, int i, AnalysedPhrase wanted)
    {
        if (wanted.ThemesWithAncestors.Length > 0 && words.MayNameThemes)
        {
            var widest = Math.Min(i + MentionWords, words.Count) - 1;
            if (!words.Plain || Named(words, i, widest).Count > 0)
            {
                for (var j = widest; j >= i; j--)
                {
                    if (NamesNewly(Named(words, i, j), j > i ? Named(words, i + 1, j) : [], wanted.ThemesWithAncestors))
                    {
                        return j;
                    }
                }
            }
        }

        return SharesAny(TermsAt(words, i), wanted.Terms) ? i : -1;
    }

    /// <summary>Whether <paramref name="run"/> names a theme of <paramref name="wanted"/> that <paramref name="shorter"/> does not.</summary>
    private static bool NamesNewly(IReadOnlyList<string> run, IReadOnlyList<string> shorter, string[] wanted)
    {
        foreach (var theme in run)
        {
            if (Contains(wanted, theme) && !shorter.Contains(theme))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The themes words <paramref name="from"/>..<paramref name="to"/> name, found once per query.</summary>
    private IReadOnlyList<string> Named(QuotablePhrase words, int from, int to) =>
        words.Named[(from * MentionWords) + to - from] ??= index.Taxonomy.FindInText(words.Text[words.Spans[from].Start..words.Spans[to].End]);

    /// <summary>The terms of word <paramref name="i"/>, found once per query.</summary>
    private string[] TermsAt(QuotablePhrase words, int i) =>
        words.Terms[i] ??= TermsOf(words.Text.AsSpan(words.Spans[i].Start, words.Spans[i].End - words.Spans[i].Start));

    /// <summary>A phrase's words (where they are), found once per query; their terms and themes are found when needed.</summary>
    private QuotablePhrase Words(Phrase phrase)
    {
        var text = phrase.Text;
        if (quotable.TryGetValue(text, out var known))
        {
            return known;
        }

        var searched = text.Length > MaxQuotedInput ? text.AsSpan(0, MaxQuotedInput) : text;
        var spans = new List<(int Start, int End)>();
        foreach (var word in WordPattern().EnumerateMatches(searched))
        {
            spans.Add((word.Index, word.Index + word.Length));
        }

        // The whole phrase names no theme: then no run of its words does (see MeetingEnd).
        var plain = text.Length <= MaxQuotedInput && IsPlain(text);
        return quotable[text] = new QuotablePhrase(text, [.. spans], plain, MayNameThemes: !plain || phrase.Analysis.Themes.Length > 0);
    }

    /// <summary>
    /// True when every character of <paramref name="text"/> is ASCII, a Latin-1 letter, punctuation or a space: then the
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

    /// <summary>
    /// A phrase's words as character spans, with what is found about them as it is needed: each word's terms, and the
    /// themes each run of up to <see cref="MentionWords"/> words names.
    /// </summary>
    /// <param name="Plain">See <see cref="IsPlain"/> (and the phrase is searched whole).</param>
    /// <param name="MayNameThemes">False when no run of the phrase's words can name a theme.</param>
    private sealed record QuotablePhrase(string Text, (int Start, int End)[] Spans, bool Plain, bool MayNameThemes)
    {
        public int Count => Spans.Length;

        public string[]?[] Terms { get; } = new string[]?[Spans.Length];

        /// <summary>The themes of words i..j at [i * <see cref="MentionWords"/> + j - i].</summary>
        public IReadOnlyList<string>?[] Named { get; } = new IReadOnlyList<string>?[Spans.Length * MentionWords];
    }
}
