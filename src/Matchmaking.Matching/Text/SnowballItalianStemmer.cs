namespace Matchmaking.Matching.Text;

/// <summary>
/// The Snowball Italian stemmer (snowballstem.org, the algorithm of Snowball 2.x, whose published sample vocabulary it
/// reproduces), with one extension for text whose accents have been folded away.
/// </summary>
/// <remarks>
/// <para>The standard algorithm expects accents: it removes the suffix <c>-ità</c> in R2 ("attività" → "attiv",
/// "elettricità" → "elettr"). Our pipeline folds accents before stemming (so that "attivita'" typed without accents, and
/// the taxonomy's terms, meet the same keys), which turns <c>-ità</c> into <c>-ita</c>. The extension treats a final
/// <c>-ita</c> that lies in R2 exactly as <c>-ità</c>: "elettricita" → "elettr", "produttivita" → "produtt". When
/// <c>-ita</c> is not in R2 the standard verb rule still removes it ("crescita" → "cresc"), as it always did for
/// unaccented words. Stressed <c>-ità</c> outside R2 keeps a difference that no rule can undo without knowing where the
/// stress was ("qualità" → "qualit", "qualita" → "qual"); since the pipeline folds before stemming, both spellings of the
/// text still reach the same key ("qual").</para>
/// <para>The other accent-dependent rules need nothing: accented vowels are vowels either way, the suffixes
/// <c>-istà/-istè/-istì</c> share a rule with <c>-ista/-iste/-isti</c>, and a final accented vowel is removed like a
/// plain one. Future-tense endings <c>-erà/-erò/-irà/-irò</c> are deliberately not folded into the verb rule: unaccented
/// <c>-era/-ero/-ira/-iro</c> end many nouns ("numero", "carriera", "camera"), which would lose a syllable.</para>
/// </remarks>
public sealed class SnowballItalianStemmer : IStemmer
{
    /// <summary>The shared instance; the stemmer is stateless.</summary>
    public static SnowballItalianStemmer Instance { get; } = new();

    private const int StandardDelete = 1;
    private const int AzioneAtore = 2;
    private const int Logia = 3;
    private const int Uzione = 4;
    private const int Enza = 5;
    private const int Amento = 6;
    private const int Amente = 7;
    private const int Ita = 8;
    private const int Ivo = 9;

    private static readonly SuffixTable Pronouns = new(
        ("ci gli la le li lo mi ne si ti vi sene gliela gliele glieli glielo gliene mela mele meli melo mene " +
         "tela tele teli telo tene cela cele celi celo cene vela vele veli velo vene", 1));

    private static readonly SuffixTable GerundOrInfinitive = new(("ando endo", 1), ("ar er ir", 2));

    private static readonly SuffixTable Standard = new(
        ("anza anze ico ici ica ice iche ichi ismo ismi abile abili ibile ibili ista iste isti istà istè istì " +
         "oso osi osa ose mente atrice atrici ante anti", StandardDelete),
        ("azione azioni atore atori", AzioneAtore),
        ("logia logie", Logia),
        ("uzione uzioni usione usioni", Uzione),
        ("enza enze", Enza),
        ("amento amenti imento imenti", Amento),
        ("amente", Amente),
        ("ità ita", Ita), // "ita": the folded form of "ità", see the remarks
        ("ivo ivi iva ive", Ivo));

    private static readonly SuffixTable AfterAmente = new(("iv", 1), ("os ic abil", 2));

    private static readonly SuffixTable AfterIta = new(("abil ic iv", 1));

    // 'Yamo' of the published list can never match lower-case input and is left out.
    private static readonly SuffixTable Verb = new(
        ("ammo ando ano are arono asse assero assi assimo ata ate ati ato ava avamo avano avate avi avo emmo enda ende " +
         "endi endo erà erai eranno ere erebbe erebbero erei eremmo eremo ereste eresti erete erò erono essero ete eva " +
         "evamo evano evate evi evo iamo immo irà irai iranno ire irebbe irebbero irei iremmo iremo ireste iresti irete " +
         "irò irono isca iscano isce isci isco iscono issero ita ite iti ito iva ivamo ivano ivate ivi ivo ono uta ute " +
         "uti uto ar ir", 1));

    /// <inheritdoc />
    public Language Language => Language.Italian;

    /// <inheritdoc />
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 2)
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
        var n = word.Length;
        Prelude(word);
        var (pV, p1, p2) = MarkRegions(word);

        AttachedPronoun(word, ref n, pV);
        if (!StandardSuffix(word, ref n, pV, p1, p2))
        {
            VerbSuffix(word, ref n, pV);
        }

        VowelSuffix(word, ref n, pV);

        for (var i = 0; i < n; i++)
        {
            word[i] = word[i] switch { 'I' => 'i', 'U' => 'u', var c => c };
        }

        return n;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'à' or 'è' or 'ì' or 'ò' or 'ù';

    private static bool IsAeio(char c) => c is 'a' or 'e' or 'i' or 'o' or 'à' or 'è' or 'ì' or 'ò';

    private static void Prelude(Span<char> w)
    {
        for (var i = 0; i < w.Length; i++)
        {
            switch (w[i])
            {
                case 'á': w[i] = 'à'; break;
                case 'é': w[i] = 'è'; break;
                case 'í': w[i] = 'ì'; break;
                case 'ó': w[i] = 'ò'; break;
                case 'ú': w[i] = 'ù'; break;
                case 'q' when i + 1 < w.Length && w[i + 1] == 'u':
                    w[++i] = 'U'; // the u of "qu" is a consonant
                    break;
            }
        }

        // u and i between vowels are consonants: "aiuto" → "aIUto". Marked left to right, so a marked letter is no longer
        // a vowel for the letter after it.
        for (var i = 1; i + 1 < w.Length; i++)
        {
            if (IsVowel(w[i - 1]) && w[i] is 'u' or 'i' && IsVowel(w[i + 1]))
            {
                w[i] = char.ToUpperInvariant(w[i]);
            }
        }
    }

    private static (int PV, int P1, int P2) MarkRegions(ReadOnlySpan<char> w)
    {
        var n = w.Length;
        var pV = n;
        if (n >= 2)
        {
            if (!IsVowel(w[1]))
            {
                // Second letter a consonant: RV starts after the next vowel (whatever the first letter is).
                var next = IndexOfVowel(w, 2);
                if (next >= 0)
                {
                    pV = next + 1;
                }
            }
            else if (IsVowel(w[0]))
            {
                // Two leading vowels: RV starts after the next consonant.
                var next = IndexOfNonVowel(w, 2);
                if (next >= 0)
                {
                    pV = next + 1;
                }
            }
            else if (n >= 3)
            {
                pV = 3; // consonant-vowel: RV starts after the third letter
            }
        }

        var p1 = RegionAfter(w, 0);
        var p2 = RegionAfter(w, p1);
        return (pV, p1, p2);
    }

    /// <summary>The position after the first non-vowel that follows a vowel, searching from <paramref name="from"/>.</summary>
    private static int RegionAfter(ReadOnlySpan<char> w, int from)
    {
        var vowel = IndexOfVowel(w, from);
        if (vowel < 0)
        {
            return w.Length;
        }

        var consonant = IndexOfNonVowel(w, vowel + 1);
        return consonant < 0 ? w.Length : consonant + 1;
    }

    private static int IndexOfVowel(ReadOnlySpan<char> w, int from)
    {
        for (var i = from; i < w.Length; i++)
        {
            if (IsVowel(w[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOfNonVowel(ReadOnlySpan<char> w, int from)
    {
        for (var i = from; i < w.Length; i++)
        {
            if (!IsVowel(w[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static void AttachedPronoun(Span<char> w, ref int n, int pV)
    {
        if (Pronouns.Match(w[..n], 0, out var pronounLength) == 0)
        {
            return;
        }

        var pronounStart = n - pronounLength;
        var rule = GerundOrInfinitive.Match(w[..pronounStart], 0, out var endingLength);
        if (rule == 0 || pronounStart - endingLength < pV)
        {
            return;
        }

        if (rule == 1)
        {
            n = pronounStart; // "scrivendola" → "scrivendo"
        }
        else
        {
            w[pronounStart] = 'e'; // "mangiarlo" → "mangiare"
            n = pronounStart + 1;
        }
    }

    private static bool StandardSuffix(Span<char> w, ref int n, int pV, int p1, int p2)
    {
        var rule = Standard.Match(w[..n], 0, out var length);
        var start = n - length;
        switch (rule)
        {
            case StandardDelete when start >= p2:
                n = start;
                return true;
            case AzioneAtore when start >= p2:
                n = start;
                DeleteIfInRegion(w, ref n, "ic", p2);
                return true;
            case Logia when start >= p2:
                n = start + 3; // "logia" → "log"
                return true;
            case Uzione when start >= p2:
                n = start + 1; // "uzione", "usione" → "u"
                return true;
            case Enza when start >= p2:
                "ente".CopyTo(w[start..]);
                n = start + 4;
                return true;
            case Amento when start >= pV:
                n = start;
                return true;
            case Amente when start >= p1:
                n = start;
                var before = AfterAmente.Match(w[..n], 0, out var beforeLength);
                if (before != 0 && n - beforeLength >= p2)
                {
                    n -= beforeLength;
                    if (before == 1)
                    {
                        DeleteIfInRegion(w, ref n, "at", p2);
                    }
                }

                return true;
            case Ita when start >= p2:
                n = start;
                if (AfterIta.Match(w[..n], 0, out var itaLength) != 0 && n - itaLength >= p2)
                {
                    n -= itaLength;
                }

                return true;
            case Ivo when start >= p2:
                n = start;
                if (DeleteIfInRegion(w, ref n, "at", p2))
                {
                    DeleteIfInRegion(w, ref n, "ic", p2);
                }

                return true;
            default:
                return false;
        }
    }

    private static bool DeleteIfInRegion(ReadOnlySpan<char> w, ref int n, string suffix, int region)
    {
        if (n - suffix.Length >= region && w[..n].EndsWith(suffix, StringComparison.Ordinal))
        {
            n -= suffix.Length;
            return true;
        }

        return false;
    }

    private static void VerbSuffix(ReadOnlySpan<char> w, ref int n, int pV)
    {
        // Only suffixes wholly inside RV are candidates (Snowball's "setlimit tomark pV").
        if (Verb.Match(w[..n], pV, out var length) != 0)
        {
            n -= length;
        }
    }

    private static void VowelSuffix(ReadOnlySpan<char> w, ref int n, int pV)
    {
        if (n > 0 && n - 1 >= pV && IsAeio(w[n - 1]))
        {
            n--;
            if (n > 0 && n - 1 >= pV && w[n - 1] == 'i')
            {
                n--;
            }
        }

        if (n >= 2 && n - 2 >= pV && w[n - 1] == 'h' && w[n - 2] is 'c' or 'g')
        {
            n--; // "banch" → "banc", so that "banche" and "banca" meet
        }
    }
}
