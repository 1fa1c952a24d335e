using System.Globalization;

namespace Matchmaking.Grains.Profiles;

/// <summary>
/// Characters no text of the product may hold, because they change how the text around them is shown rather than
/// being shown: C0 and C1 control characters (NUL included; a multi-line text may keep tab, line feed and carriage
/// return) and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can
/// reverse the text after them (a name with U+202E flips a page's title). Refused, never stripped: what is stored is
/// what was sent. One rule for profiles, calls, users, reasons and briefs, whichever way they arrive (API, pages,
/// CLI import).
/// </summary>
internal static class SafeText
{
    /// <summary>Why <paramref name="value"/> cannot be stored, naming the first such character; null when it can.</summary>
    public static string? Problem(string? value, bool multiline = false)
    {
        if (value is null)
        {
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (multiline && c is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (char.IsControl(c))
            {
                return multiline
                    ? $"Contains the control character {Code(c)} at position {i + 1}: only tab and line breaks are allowed."
                    : $"Contains the control character {Code(c)} at position {i + 1}: a single line of text has none (no tab or line break either).";
            }

            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                return $"Contains the bidirectional formatting character {Code(c)} at position {i + 1}, which would reorder the text around it.";
            }
        }

        return null;
    }

    private static string Code(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
