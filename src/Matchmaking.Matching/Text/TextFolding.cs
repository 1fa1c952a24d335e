using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Matchmaking.Matching.Text;

/// <summary>Where a word lies in a folded string, and whether the original text wrote it in capitals.</summary>
/// <param name="Start">Index of the word's first character in the folded string.</param>
/// <param name="Length">Number of characters of the word in the folded string.</param>
/// <param name="IsAllCaps">True when the word had at least one letter and every letter was upper case in the original
/// (so "AI" and "IIOT" are, "Ai" and "IIoT" are not).</param>
public readonly record struct FoldedWord(int Start, int Length, bool IsAllCaps);

/// <summary>
/// Case and accent folding shared by every piece of text analysis: the same folding must be applied to profile text and to
/// the terms it is compared with, or "Sicurezza Informàtica" would never meet "sicurezza informatica".
/// </summary>
public static class TextFolding
{
    /// <summary>
    /// Folds <paramref name="text"/> to lower-case words of letters and digits separated by single spaces: compatibility
    /// decomposition (NFKD), combining marks removed (è → e), invariant lower case, apostrophes, punctuation and symbols
    /// turned into spaces, whitespace collapsed and trimmed. "L'Intelligenza  Artificiale!" → "l intelligenza artificiale".
    /// Folding is idempotent; text that is already folded is returned as the same instance without allocating.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsFoldedAscii(text) ? text : FoldCore(text, null);
    }

    /// <summary>
    /// Folds <paramref name="text"/> as <see cref="Fold(string)"/> does, and fills <paramref name="words"/> (after clearing
    /// it) with one entry per word of the result, in order, each telling whether the original wrote it in capitals.
    /// </summary>
    public static string Fold(string text, List<FoldedWord> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        words.Clear();
        return FoldCore(text, words);
    }

    /// <summary>True when <paramref name="text"/> is already the output of <see cref="Fold(string)"/> of some text.</summary>
    public static bool IsFolded(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsFoldedAscii(text) || string.Equals(FoldCore(text, null), text, StringComparison.Ordinal);
    }

    // The common case, checked without allocating: lower-case ASCII letters and digits in words separated by single spaces.
    private static bool IsFoldedAscii(ReadOnlySpan<char> text)
    {
        var previousWasSpace = true; // a leading space is not folded
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousWasSpace)
                {
                    return false;
                }

                previousWasSpace = true;
            }
            else if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                previousWasSpace = false;
            }
            else
            {
                return false;
            }
        }

        return text.IsEmpty || !previousWasSpace;
    }

    private static string FoldCore(string text, List<FoldedWord>? words)
    {
        var folder = new Folder(text.Length, words);
        try
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c < '\u0080')
                {
                    folder.AddAscii(c);
                }
                else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    folder.AddRune(new Rune(c, text[i + 1]));
                    i++;
                }
                else if (Decompositions.TryGetValue(c, out var decomposed))
                {
                    foreach (var d in decomposed)
                    {
                        folder.AddBmp(d);
                    }
                }
                else if (c is >= '\uFF01' and <= '\uFF5E')
                {
                    folder.AddAscii((char)(c - 0xFEE0)); // full-width forms decompose to ASCII
                }
                else
                {
                    folder.AddBmp(c);
                }
            }

            return folder.ToStringAndFinish();
        }
        finally
        {
            folder.Dispose();
        }
    }

    /// <summary>Accumulates folded characters in a pooled buffer and tracks word boundaries.</summary>
    private struct Folder(int capacity, List<FoldedWord>? words) : IDisposable
    {
        private char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        private int length;
        private int wordStart = -1;
        private bool wordHasLetter;
        private bool wordAllCaps = true;

        public void AddAscii(char c)
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                Append(c, isLetter: c >= 'a', isUpper: false);
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                Append((char)(c | 0x20), isLetter: true, isUpper: true);
            }
            else
            {
                EndWord();
            }
        }

        public void AddBmp(char c)
        {
            if (c < '\u0080')
            {
                AddAscii(c);
                return;
            }

            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    return; // stripped without breaking the word: "perche\u0301" stays one word
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter:
                    Append(char.ToLowerInvariant(c), isLetter: true, isUpper: true);
                    return;
                case UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter:
                    Append(c, isLetter: true, isUpper: false);
                    return;
                case UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber:
                    Append(c, isLetter: false, isUpper: false);
                    return;
                default:
                    // Modifier letters (ʼ, ˈ) are mostly used as apostrophes and accents: treat them as separators.
                    EndWord();
                    return;
            }
        }

        public void AddRune(Rune rune)
        {
            var category = Rune.GetUnicodeCategory(rune);
            switch (category)
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    return;
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.LowercaseLetter
                    or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
                    or UnicodeCategory.OtherNumber:
                    var lower = Rune.ToLowerInvariant(rune);
                    var isLetter = Rune.IsLetter(rune);
                    var isUpper = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter;
                    Span<char> units = stackalloc char[2];
                    var count = lower.EncodeToUtf16(units);
                    for (var k = 0; k < count; k++)
                    {
                        Append(units[k], isLetter && k == 0, isUpper);
                    }

                    return;
                default:
                    EndWord();
                    return;
            }
        }

        public string ToStringAndFinish()
        {
            EndWord();
            return length == 0 ? string.Empty : new string(buffer, 0, length);
        }

        public void Dispose()
        {
            if (buffer.Length > 0)
            {
                ArrayPool<char>.Shared.Return(buffer);
                buffer = [];
            }
        }

        private void Append(char c, bool isLetter, bool isUpper)
        {
            if (wordStart < 0)
            {
                if (length > 0)
                {
                    Write(' ');
                }

                wordStart = length;
                wordHasLetter = false;
                wordAllCaps = true;
            }

            if (isLetter)
            {
                wordHasLetter = true;
                wordAllCaps &= isUpper;
            }

            Write(c);
        }

        private void EndWord()
        {
            if (wordStart < 0)
            {
                return;
            }

            words?.Add(new FoldedWord(wordStart, length - wordStart, wordHasLetter && wordAllCaps));
            wordStart = -1;
        }

        private void Write(char c)
        {
            if (length == buffer.Length)
            {
                // Only compatibility expansions (ﬃ → ffi, ⑽ → (10)) can outgrow the input's length.
                var larger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<char>.Shared.Return(buffer);
                buffer = larger;
            }

            buffer[length++] = c;
        }
    }

    // The product runs with InvariantGlobalization, where string.Normalize is a no-op for non-ASCII text; so the NFKD
    // decompositions (combining marks already removed) of the Latin, Greek, Cyrillic, superscript, letter-like,
    // number-form, enclosed and ligature blocks are carried here. Generated from Python's unicodedata (Unicode 14).
    // Format of SingleDecompositions: pairs (source, target); of MultipleDecompositions: source then target, '|'-ended.
    private static readonly FrozenDictionary<char, string> Decompositions = BuildDecompositions();

    private static FrozenDictionary<char, string> BuildDecompositions()
    {
        var map = new Dictionary<char, string>();
        for (var i = 0; i + 1 < SingleDecompositions.Length; i += 2)
        {
            map[SingleDecompositions[i]] = SingleDecompositions[i + 1].ToString();
        }

        foreach (var entry in MultipleDecompositions.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            map[entry[0]] = entry[1..];
        }

        return map.ToFrozenDictionary();
    }

    private const string SingleDecompositions =
        "\u00AAa\u00B22\u00B33\u00B5\u03BC\u00B91\u00BAo\u00C0A\u00C1A\u00C2A\u00C3A\u00C4A\u00C5A\u00C7C" +
        "\u00C8E\u00C9E\u00CAE\u00CBE\u00CCI\u00CDI\u00CEI\u00CFI\u00D1N\u00D2O\u00D3O\u00D4O\u00D5O\u00D6O" +
        "\u00D9U\u00DAU\u00DBU\u00DCU\u00DDY\u00E0a\u00E1a\u00E2a\u00E3a\u00E4a\u00E5a\u00E7c\u00E8e\u00E9e" +
        "\u00EAe\u00EBe\u00ECi\u00EDi\u00EEi\u00EFi\u00F1n\u00F2o\u00F3o\u00F4o\u00F5o\u00F6o\u00F9u\u00FAu" +
        "\u00FBu\u00FCu\u00FDy\u00FFy\u0100A\u0101a\u0102A\u0103a\u0104A\u0105a\u0106C\u0107c\u0108C\u0109c" +
        "\u010AC\u010Bc\u010CC\u010Dc\u010ED\u010Fd\u0112E\u0113e\u0114E\u0115e\u0116E\u0117e\u0118E\u0119e" +
        "\u011AE\u011Be\u011CG\u011Dg\u011EG\u011Fg\u0120G\u0121g\u0122G\u0123g\u0124H\u0125h\u0128I\u0129i" +
        "\u012AI\u012Bi\u012CI\u012Di\u012EI\u012Fi\u0130I\u0134J\u0135j\u0136K\u0137k\u0139L\u013Al\u013BL" +
        "\u013Cl\u013DL\u013El\u0143N\u0144n\u0145N\u0146n\u0147N\u0148n\u014CO\u014Do\u014EO\u014Fo\u0150O" +
        "\u0151o\u0154R\u0155r\u0156R\u0157r\u0158R\u0159r\u015AS\u015Bs\u015CS\u015Ds\u015ES\u015Fs\u0160S" +
        "\u0161s\u0162T\u0163t\u0164T\u0165t\u0168U\u0169u\u016AU\u016Bu\u016CU\u016Du\u016EU\u016Fu\u0170U" +
        "\u0171u\u0172U\u0173u\u0174W\u0175w\u0176Y\u0177y\u0178Y\u0179Z\u017Az\u017BZ\u017Cz\u017DZ\u017Ez" +
        "\u017Fs\u01A0O\u01A1o\u01AFU\u01B0u\u01CDA\u01CEa\u01CFI\u01D0i\u01D1O\u01D2o\u01D3U\u01D4u\u01D5U" +
        "\u01D6u\u01D7U\u01D8u\u01D9U\u01DAu\u01DBU\u01DCu\u01DEA\u01DFa\u01E0A\u01E1a\u01E2\u00C6" +
        "\u01E3\u00E6\u01E6G\u01E7g\u01E8K\u01E9k\u01EAO\u01EBo\u01ECO\u01EDo\u01EE\u01B7\u01EF\u0292" +
        "\u01F0j\u01F4G\u01F5g\u01F8N\u01F9n\u01FAA\u01FBa\u01FC\u00C6\u01FD\u00E6\u01FE\u00D8\u01FF\u00F8" +
        "\u0200A\u0201a\u0202A\u0203a\u0204E\u0205e\u0206E\u0207e\u0208I\u0209i\u020AI\u020Bi\u020CO\u020Do" +
        "\u020EO\u020Fo\u0210R\u0211r\u0212R\u0213r\u0214U\u0215u\u0216U\u0217u\u0218S\u0219s\u021AT\u021Bt" +
        "\u021EH\u021Fh\u0226A\u0227a\u0228E\u0229e\u022AO\u022Bo\u022CO\u022Do\u022EO\u022Fo\u0230O\u0231o" +
        "\u0232Y\u0233y\u0374\u02B9\u037A\u0020\u0386\u0391\u0388\u0395\u0389\u0397\u038A\u0399\u038C\u039F" +
        "\u038E\u03A5\u038F\u03A9\u0390\u03B9\u03AA\u0399\u03AB\u03A5\u03AC\u03B1\u03AD\u03B5\u03AE\u03B7" +
        "\u03AF\u03B9\u03B0\u03C5\u03CA\u03B9\u03CB\u03C5\u03CC\u03BF\u03CD\u03C5\u03CE\u03C9\u03D0\u03B2" +
        "\u03D1\u03B8\u03D2\u03A5\u03D3\u03A5\u03D4\u03A5\u03D5\u03C6\u03D6\u03C0\u03F0\u03BA\u03F1\u03C1" +
        "\u03F2\u03C2\u03F4\u0398\u03F5\u03B5\u03F9\u03A3\u0400\u0415\u0401\u0415\u0403\u0413\u0407\u0406" +
        "\u040C\u041A\u040D\u0418\u040E\u0423\u0419\u0418\u0439\u0438\u0450\u0435\u0451\u0435\u0453\u0433" +
        "\u0457\u0456\u045C\u043A\u045D\u0438\u045E\u0443\u0476\u0474\u0477\u0475\u04C1\u0416\u04C2\u0436" +
        "\u04D0\u0410\u04D1\u0430\u04D2\u0410\u04D3\u0430\u04D6\u0415\u04D7\u0435\u04DA\u04D8\u04DB\u04D9" +
        "\u04DC\u0416\u04DD\u0436\u04DE\u0417\u04DF\u0437\u04E2\u0418\u04E3\u0438\u04E4\u0418\u04E5\u0438" +
        "\u04E6\u041E\u04E7\u043E\u04EA\u04E8\u04EB\u04E9\u04EC\u042D\u04ED\u044D\u04EE\u0423\u04EF\u0443" +
        "\u04F0\u0423\u04F1\u0443\u04F2\u0423\u04F3\u0443\u04F4\u0427\u04F5\u0447\u04F8\u042B\u04F9\u044B" +
        "\u1E00A\u1E01a\u1E02B\u1E03b\u1E04B\u1E05b\u1E06B\u1E07b\u1E08C\u1E09c\u1E0AD\u1E0Bd\u1E0CD\u1E0Dd" +
        "\u1E0ED\u1E0Fd\u1E10D\u1E11d\u1E12D\u1E13d\u1E14E\u1E15e\u1E16E\u1E17e\u1E18E\u1E19e\u1E1AE\u1E1Be" +
        "\u1E1CE\u1E1De\u1E1EF\u1E1Ff\u1E20G\u1E21g\u1E22H\u1E23h\u1E24H\u1E25h\u1E26H\u1E27h\u1E28H\u1E29h" +
        "\u1E2AH\u1E2Bh\u1E2CI\u1E2Di\u1E2EI\u1E2Fi\u1E30K\u1E31k\u1E32K\u1E33k\u1E34K\u1E35k\u1E36L\u1E37l" +
        "\u1E38L\u1E39l\u1E3AL\u1E3Bl\u1E3CL\u1E3Dl\u1E3EM\u1E3Fm\u1E40M\u1E41m\u1E42M\u1E43m\u1E44N\u1E45n" +
        "\u1E46N\u1E47n\u1E48N\u1E49n\u1E4AN\u1E4Bn\u1E4CO\u1E4Do\u1E4EO\u1E4Fo\u1E50O\u1E51o\u1E52O\u1E53o" +
        "\u1E54P\u1E55p\u1E56P\u1E57p\u1E58R\u1E59r\u1E5AR\u1E5Br\u1E5CR\u1E5Dr\u1E5ER\u1E5Fr\u1E60S\u1E61s" +
        "\u1E62S\u1E63s\u1E64S\u1E65s\u1E66S\u1E67s\u1E68S\u1E69s\u1E6AT\u1E6Bt\u1E6CT\u1E6Dt\u1E6ET\u1E6Ft" +
        "\u1E70T\u1E71t\u1E72U\u1E73u\u1E74U\u1E75u\u1E76U\u1E77u\u1E78U\u1E79u\u1E7AU\u1E7Bu\u1E7CV\u1E7Dv" +
        "\u1E7EV\u1E7Fv\u1E80W\u1E81w\u1E82W\u1E83w\u1E84W\u1E85w\u1E86W\u1E87w\u1E88W\u1E89w\u1E8AX\u1E8Bx" +
        "\u1E8CX\u1E8Dx\u1E8EY\u1E8Fy\u1E90Z\u1E91z\u1E92Z\u1E93z\u1E94Z\u1E95z\u1E96h\u1E97t\u1E98w\u1E99y" +
        "\u1E9Bs\u1EA0A\u1EA1a\u1EA2A\u1EA3a\u1EA4A\u1EA5a\u1EA6A\u1EA7a\u1EA8A\u1EA9a\u1EAAA\u1EABa\u1EACA" +
        "\u1EADa\u1EAEA\u1EAFa\u1EB0A\u1EB1a\u1EB2A\u1EB3a\u1EB4A\u1EB5a\u1EB6A\u1EB7a\u1EB8E\u1EB9e\u1EBAE" +
        "\u1EBBe\u1EBCE\u1EBDe\u1EBEE\u1EBFe\u1EC0E\u1EC1e\u1EC2E\u1EC3e\u1EC4E\u1EC5e\u1EC6E\u1EC7e\u1EC8I" +
        "\u1EC9i\u1ECAI\u1ECBi\u1ECCO\u1ECDo\u1ECEO\u1ECFo\u1ED0O\u1ED1o\u1ED2O\u1ED3o\u1ED4O\u1ED5o\u1ED6O" +
        "\u1ED7o\u1ED8O\u1ED9o\u1EDAO\u1EDBo\u1EDCO\u1EDDo\u1EDEO\u1EDFo\u1EE0O\u1EE1o\u1EE2O\u1EE3o\u1EE4U" +
        "\u1EE5u\u1EE6U\u1EE7u\u1EE8U\u1EE9u\u1EEAU\u1EEBu\u1EECU\u1EEDu\u1EEEU\u1EEFu\u1EF0U\u1EF1u\u1EF2Y" +
        "\u1EF3y\u1EF4Y\u1EF5y\u1EF6Y\u1EF7y\u1EF8Y\u1EF9y\u20700\u2071i\u20744\u20755\u20766\u20777\u20788" +
        "\u20799\u207Fn\u20800\u20811\u20822\u20833\u20844\u20855\u20866\u20877\u20888\u20899\u2090a\u2091e" +
        "\u2092o\u2093x\u2094\u0259\u2095h\u2096k\u2097l\u2098m\u2099n\u209Ap\u209Bs\u209Ct\u2102C" +
        "\u2107\u0190\u210Ag\u210BH\u210CH\u210DH\u210Eh\u210F\u0127\u2110I\u2111I\u2112L\u2113l\u2115N" +
        "\u2119P\u211AQ\u211BR\u211CR\u211DR\u2124Z\u2126\u03A9\u2128Z\u212AK\u212BA\u212CB\u212DC\u212Fe" +
        "\u2130E\u2131F\u2133M\u2134o\u2135\u05D0\u2136\u05D1\u2137\u05D2\u2138\u05D3\u2139i\u213C\u03C0" +
        "\u213D\u03B3\u213E\u0393\u213F\u03A0\u2145D\u2146d\u2147e\u2148i\u2149j\u2160I\u2164V\u2169X" +
        "\u216CL\u216DC\u216ED\u216FM\u2170i\u2174v\u2179x\u217Cl\u217Dc\u217Ed\u217Fm\u24601\u24612\u24623" +
        "\u24634\u24645\u24656\u24667\u24678\u24689\u24B6A\u24B7B\u24B8C\u24B9D\u24BAE\u24BBF\u24BCG\u24BDH" +
        "\u24BEI\u24BFJ\u24C0K\u24C1L\u24C2M\u24C3N\u24C4O\u24C5P\u24C6Q\u24C7R\u24C8S\u24C9T\u24CAU\u24CBV" +
        "\u24CCW\u24CDX\u24CEY\u24CFZ\u24D0a\u24D1b\u24D2c\u24D3d\u24D4e\u24D5f\u24D6g\u24D7h\u24D8i\u24D9j" +
        "\u24DAk\u24DBl\u24DCm\u24DDn\u24DEo\u24DFp\u24E0q\u24E1r\u24E2s\u24E3t\u24E4u\u24E5v\u24E6w\u24E7x" +
        "\u24E8y\u24E9z\u24EA0";

    private const string MultipleDecompositions =
        "\u00BC1\u20444|\u00BD1\u20442|\u00BE3\u20444|\u0132IJ|\u0133ij|\u013FL\u00B7|\u0140l\u00B7|" +
        "\u0149\u02BCn|\u01C4DZ|\u01C5Dz|\u01C6dz|\u01C7LJ|\u01C8Lj|\u01C9lj|\u01CANJ|\u01CBNj|\u01CCnj|" +
        "\u01F1DZ|\u01F2Dz|\u01F3dz|\u1E9Aa\u02BE|\u2100a/c|\u2101a/s|\u2103\u00B0C|\u2105c/o|\u2106c/u|" +
        "\u2109\u00B0F|\u2116No|\u2120SM|\u2121TEL|\u2122TM|\u213BFAX|\u21501\u20447|\u21511\u20449|" +
        "\u21521\u204410|\u21531\u20443|\u21542\u20443|\u21551\u20445|\u21562\u20445|\u21573\u20445|" +
        "\u21584\u20445|\u21591\u20446|\u215A5\u20446|\u215B1\u20448|\u215C3\u20448|\u215D5\u20448|" +
        "\u215E7\u20448|\u215F1\u2044|\u2161II|\u2162III|\u2163IV|\u2165VI|\u2166VII|\u2167VIII|\u2168IX|" +
        "\u216AXI|\u216BXII|\u2171ii|\u2172iii|\u2173iv|\u2175vi|\u2176vii|\u2177viii|\u2178ix|\u217Axi|" +
        "\u217Bxii|\u21890\u20443|\u246910|\u246A11|\u246B12|\u246C13|\u246D14|\u246E15|\u246F16|\u247017|" +
        "\u247118|\u247219|\u247320|\u2474(1)|\u2475(2)|\u2476(3)|\u2477(4)|\u2478(5)|\u2479(6)|\u247A(7)|" +
        "\u247B(8)|\u247C(9)|\u247D(10)|\u247E(11)|\u247F(12)|\u2480(13)|\u2481(14)|\u2482(15)|\u2483(16)|" +
        "\u2484(17)|\u2485(18)|\u2486(19)|\u2487(20)|\u24881.|\u24892.|\u248A3.|\u248B4.|\u248C5.|\u248D6.|" +
        "\u248E7.|\u248F8.|\u24909.|\u249110.|\u249211.|\u249312.|\u249413.|\u249514.|\u249615.|\u249716.|" +
        "\u249817.|\u249918.|\u249A19.|\u249B20.|\u249C(a)|\u249D(b)|\u249E(c)|\u249F(d)|\u24A0(e)|" +
        "\u24A1(f)|\u24A2(g)|\u24A3(h)|\u24A4(i)|\u24A5(j)|\u24A6(k)|\u24A7(l)|\u24A8(m)|\u24A9(n)|" +
        "\u24AA(o)|\u24AB(p)|\u24AC(q)|\u24AD(r)|\u24AE(s)|\u24AF(t)|\u24B0(u)|\u24B1(v)|\u24B2(w)|" +
        "\u24B3(x)|\u24B4(y)|\u24B5(z)|\uFB00ff|\uFB01fi|\uFB02fl|\uFB03ffi|\uFB04ffl|\uFB05st|\uFB06st|";
}
