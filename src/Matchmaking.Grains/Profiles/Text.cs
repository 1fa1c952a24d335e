namespace Matchmaking.Grains.Profiles;

/// <summary>Tidying of user-entered text fields.</summary>
internal static class Text
{
    /// <summary>Trimmed text, or null when blank.</summary>
    public static string? Tidy(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Both languages trimmed; null when neither has text.</summary>
    public static Abstractions.Events.BilingualText? Tidy(Abstractions.Events.BilingualText? text) =>
        text is null || (Tidy(text.It) is null && Tidy(text.En) is null) ? null
        : new Abstractions.Events.BilingualText { It = Tidy(text.It), En = Tidy(text.En) };

    /// <summary>Trimmed non-blank items, duplicates removed, order kept.</summary>
    public static IReadOnlyList<string> TidyList(IReadOnlyList<string>? values, bool lowerCase = false)
    {
        if (values is null || values.Count == 0)
        {
            return [];
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>(values.Count);
        foreach (var value in values)
        {
            if (Tidy(value) is { } tidy && seen.Add(tidy))
            {
                result.Add(lowerCase ? tidy.ToLowerInvariant() : tidy);
            }
        }

        return result;
    }

    /// <summary>An ATECO/NACE code: two digits, then up to two groups of one or two digits (28, 28.1, 28.14, 62.01.00).</summary>
    public static bool IsSectorCode(string code)
    {
        var parts = code.Split('.');
        return parts.Length <= 3
            && parts[0].Length == 2
            && parts.All(p => p.Length is 1 or 2 && p.All(char.IsAsciiDigit));
    }
}
