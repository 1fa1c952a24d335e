namespace Matchmaking.Matching.Text;

/// <summary>
/// The Snowball English stemmer, "Porter2" (snowballstem.org, the algorithm of Snowball 2.x, whose published sample
/// vocabulary it reproduces): "sensors" → "sensor", "manufacturing" → "manufactur", "predictive" → "predict".
/// </summary>
public sealed class SnowballEnglishStemmer : IStemmer
{
    /// <summary>The shared instance; the stemmer is stateless.</summary>
    public static SnowballEnglishStemmer Instance { get; } = new();

    private static readonly SuffixTable Step1aTable = new(("sses", 1), ("ied ies", 2), ("s", 3), ("us ss", 4));

    private static readonly SuffixTable Step1bTable = new(("eed eedly", 1), ("ed edly ing ingly", 2));

    private static readonly SuffixTable Step1bEnding = new(
        ("at bl iz", 1), ("bb dd ff gg mm nn pp rr tt", 2));

    private static readonly SuffixTable Step2Table = new(
        ("tional", 1), ("enci", 2), ("anci", 3), ("abli", 4), ("entli", 5), ("izer ization", 6),
        ("ational ation ator", 7), ("alism aliti alli", 8), ("fulness", 9), ("ousli ousness", 10),
        ("iveness iviti", 11), ("biliti bli", 12), ("ogi", 13), ("fulli", 14), ("lessli", 15), ("li", 16));

    private static readonly string[] Step2Replacement =
        ["", "tion", "ence", "ance", "able", "ent", "ize", "ate", "al", "ful", "ous", "ive", "ble", "og", "ful", "less", ""];

    private static readonly SuffixTable Step3Table = new(
        ("tional", 1), ("ational", 2), ("alize", 3), ("icate iciti ical", 4), ("ful ness", 5), ("ative", 6));

    private static readonly string[] Step3Replacement = ["", "tion", "ate", "al", "ic", "", ""];

    private static readonly SuffixTable Step4Table = new(
        ("al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize", 1), ("ion", 2));

    /// <inheritdoc />
    public Language Language => Language.English;

    /// <inheritdoc />
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3)
        {
            return word;
        }

        var buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().CopyTo(buffer);
        var length = StemInPlace(buffer);
        var stem = buffer[..length];
        return stem.SequenceEqual(word) ? word : new string(stem);
    }

    /// <summary>Stems the lower-case word in <paramref name="word"/> in place and returns the length of the stem.</summary>
    internal static int StemInPlace(Span<char> word)
    {
        if (TryException1(word, out var exceptional))
        {
            return exceptional;
        }

        if (word.Length < 3)
        {
            return word.Length;
        }

        var w = word;
        if (w[0] == '\'')
        {
            w[1..].CopyTo(w);
            w = w[..^1];
        }

        var n = w.Length;
        var yFound = Prelude(w);
        var (p1, p2) = MarkRegions(w);

        Step1a(w, ref n);
        if (!IsException2(w[..n]))
        {
            Step1b(w, ref n, p1);
            Step1c(w, n);
            Step2(w, ref n, p1);
            Step3(w, ref n, p1, p2);
            Step4(w, ref n, p2);
            Step5(w, ref n, p1, p2);
        }

        if (yFound)
        {
            w[..n].Replace('Y', 'y');
        }

        return n; // the stem starts at word[0] even when a leading apostrophe was removed
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsVowelWxy(char c) => IsVowel(c) || c is 'w' or 'x' or 'Y';

    /// <summary>Words the rules get wrong, stemmed (or kept) as a whole.</summary>
    private static bool TryException1(Span<char> w, out int length)
    {
        var stem = w switch
        {
            "skis" => "ski",
            "skies" => "sky",
            "dying" => "die",
            "lying" => "lie",
            "tying" => "tie",
            "idly" => "idl",
            "gently" => "gentl",
            "ugly" => "ugli",
            "early" => "earli",
            "only" => "onli",
            "singly" => "singl",
            "sky" or "news" or "howe" or "atlas" or "cosmos" or "bias" or "andes" => "", // invariant
            _ => null,
        };
        if (stem is null)
        {
            length = 0;
            return false;
        }

        if (stem.Length == 0)
        {
            length = w.Length;
            return true;
        }

        stem.CopyTo(w);
        length = stem.Length;
        return true;
    }

    private static bool IsException2(ReadOnlySpan<char> w) =>
        w is "inning" or "outing" or "canning" or "herring" or "earring" or "proceed" or "exceed" or "succeed";

    /// <summary>Marks consonant y (initial, or after a vowel) as Y; returns whether any was marked.</summary>
    private static bool Prelude(Span<char> w)
    {
        var found = false;
        if (w[0] == 'y')
        {
            w[0] = 'Y';
            found = true;
        }

        for (var i = 1; i < w.Length; i++)
        {
            if (w[i] == 'y' && IsVowel(w[i - 1]))
            {
                w[i] = 'Y';
                found = true;
            }
        }

        return found;
    }

    private static (int P1, int P2) MarkRegions(ReadOnlySpan<char> w)
    {
        int p1;
        if (w.StartsWith("gener") || w.StartsWith("arsen"))
        {
            p1 = 5;
        }
        else if (w.StartsWith("commun"))
        {
            p1 = 6;
        }
        else
        {
            p1 = RegionAfter(w, 0);
            if (p1 < 0)
            {
                return (w.Length, w.Length);
            }
        }

        var p2 = RegionAfter(w, p1);
        return (p1, p2 < 0 ? w.Length : p2);
    }

    /// <summary>The position after the first non-vowel that follows a vowel, from <paramref name="from"/>; -1 if none.</summary>
    private static int RegionAfter(ReadOnlySpan<char> w, int from)
    {
        var i = from;
        while (i < w.Length && !IsVowel(w[i]))
        {
            i++;
        }

        while (i < w.Length && IsVowel(w[i]))
        {
            i++;
        }

        return i < w.Length ? i + 1 : -1;
    }

    /// <summary>True when the part of the word before <paramref name="end"/> ends in a short syllable.</summary>
    private static bool EndsInShortSyllable(ReadOnlySpan<char> w, int end) =>
        (end >= 3 && !IsVowelWxy(w[end - 1]) && IsVowel(w[end - 2]) && !IsVowel(w[end - 3]))
        || (end == 2 && !IsVowel(w[1]) && IsVowel(w[0]));

    private static bool HasVowel(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (IsVowel(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void Step1a(Span<char> w, ref int n)
    {
        if (w[..n].EndsWith("'s'"))
        {
            n -= 3;
        }
        else if (w[..n].EndsWith("'s"))
        {
            n -= 2;
        }
        else if (w[..n].EndsWith("'"))
        {
            n -= 1;
        }

        var rule = Step1aTable.Match(w[..n], 0, out var length);
        var start = n - length;
        switch (rule)
        {
            case 1:
                n -= 2; // "sses" → "ss"
                break;
            case 2:
                // "ied", "ies" → "i" after two letters or more ("cries" → "cri"), else "ie" ("ties" → "tie").
                w[start + 1] = 'e';
                n = start >= 2 ? start + 1 : start + 2;
                break;
            case 3 when start >= 1 && HasVowel(w[..(start - 1)]):
                n = start; // "gaps" → "gap", but "gas" and "this" stay
                break;
        }
    }

    private static void Step1b(Span<char> w, ref int n, int p1)
    {
        var rule = Step1bTable.Match(w[..n], 0, out var length);
        var start = n - length;
        if (rule == 1)
        {
            if (start >= p1)
            {
                n = start + 2; // "eed", "eedly" → "ee"
            }

            return;
        }

        if (rule != 2 || !HasVowel(w[..start]))
        {
            return;
        }

        n = start;
        switch (Step1bEnding.Match(w[..n], 0, out _))
        {
            case 1:
                w[n++] = 'e'; // "luxuriat" → "luxuriate"
                break;
            case 2:
                n--; // "hopp" → "hop"
                break;
            default:
                if (p1 == n && EndsInShortSyllable(w, n))
                {
                    w[n++] = 'e'; // "hop" → "hope"
                }

                break;
        }
    }

    private static void Step1c(Span<char> w, int n)
    {
        if (n >= 3 && w[n - 1] is 'y' or 'Y' && !IsVowel(w[n - 2]))
        {
            w[n - 1] = 'i'; // "cry" → "cri", but "by" and "say" stay
        }
    }

    private static void Step2(Span<char> w, ref int n, int p1)
    {
        var rule = Step2Table.Match(w[..n], 0, out var length);
        var start = n - length;
        if (rule == 0 || start < p1)
        {
            return;
        }

        switch (rule)
        {
            case 13 when start == 0 || w[start - 1] != 'l':
                return; // "ogi" → "og" only after l
            case 16:
                if (start > 0 && w[start - 1] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't')
                {
                    n = start;
                }

                return;
        }

        Replace(w, ref n, start, Step2Replacement[rule]);
    }

    private static void Step3(Span<char> w, ref int n, int p1, int p2)
    {
        var rule = Step3Table.Match(w[..n], 0, out var length);
        var start = n - length;
        if (rule == 0 || start < p1 || (rule == 6 && start < p2))
        {
            return;
        }

        Replace(w, ref n, start, Step3Replacement[rule]);
    }

    private static void Step4(Span<char> w, ref int n, int p2)
    {
        var rule = Step4Table.Match(w[..n], 0, out var length);
        var start = n - length;
        if (rule == 0 || start < p2 || (rule == 2 && (start == 0 || w[start - 1] is not ('s' or 't'))))
        {
            return;
        }

        n = start;
    }

    private static void Step5(Span<char> w, ref int n, int p1, int p2)
    {
        var start = n - 1;
        if (start < 0)
        {
            return;
        }

        if (w[start] == 'e')
        {
            if (start >= p2 || (start >= p1 && !EndsInShortSyllable(w, start)))
            {
                n = start;
            }
        }
        else if (w[start] == 'l' && start >= p2 && start > 0 && w[start - 1] == 'l')
        {
            n = start;
        }
    }

    private static void Replace(Span<char> w, ref int n, int start, string replacement)
    {
        replacement.CopyTo(w[start..]);
        n = start + replacement.Length;
    }
}
