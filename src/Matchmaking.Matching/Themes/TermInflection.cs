namespace Matchmaking.Matching.Themes;

/// <summary>
/// A deliberately light, language-blind reduction of a folded word to a stem, so that theme terms meet their simple
/// Italian and English inflections: "sensori"/"sensore"/"sensors" → "sensor", "industriali"/"industrial" → "industrial",
/// "blockchains" → "blockchain", "tecnologie"/"technology"/"technologies" → "tecnolog"/"technolog", "logistiche" →
/// "logistic". The stem is always a prefix of the word, so matching needs no allocation.
/// </summary>
internal static class TermInflection
{
    // Words this short are acronyms or function words ("ai", "iot", "5g", "dei"): never reduced.
    private const int MinimumStem = 3;

    /// <summary>The length of the stem of a folded word (a prefix of it).</summary>
    public static int StemLength(ReadOnlySpan<char> word)
    {
        var n = word.Length;
        if (n <= MinimumStem)
        {
            return n;
        }

        // English plural "s", but not "ss" (business, process).
        if (word[n - 1] == 's' && word[n - 2] != 's')
        {
            n--;
        }

        // Italian gender/number endings and English -y/-e: strip every final vowel ("energie", "energy" → "energ").
        var stripped = false;
        while (n > MinimumStem && IsFinalVowel(word[n - 1]))
        {
            n--;
            stripped = true;
        }

        // Italian plurals of -ca/-ga, -co/-go take an "h" ("banche", "logistiche"): drop it to meet the singular.
        if (stripped && n > MinimumStem && word[n - 1] == 'h' && (word[n - 2] is 'c' or 'g') && (word[n] is 'e' or 'i'))
        {
            n--;
        }

        return n;
    }

    private static bool IsFinalVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'y';
}
