using Matchmaking.Abstractions.Events;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Grains.Events;

/// <summary>
/// The words of event suggestions in Italian or English: "il corso del 14 marzo" / "the course on 14 March", theme
/// labels in the asked language. Month names are written here (the product runs with invariant globalization).
/// </summary>
public static class EventWording
{
    private static readonly string[] MonthsIt = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];
    private static readonly string[] MonthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static bool IsEnglish(string language) => string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);

    /// <summary>"il corso del 14 marzo", "l'evento del 2 giugno 2028" / "the course on 14 March" (the year when it is not <paramref name="thisYear"/>).</summary>
    public static string Naming(HubEvent hubEvent, string language, int thisYear)
    {
        ArgumentNullException.ThrowIfNull(hubEvent);
        var start = hubEvent.Start ?? DateTime.MinValue;
        var year = start.Year == thisYear ? "" : $" {start.Year}";
        return IsEnglish(language)
            ? $"the {(hubEvent.Kind == EventKind.Course ? "course" : "event")} on {start.Day} {MonthsEn[start.Month - 1]}{year}"
            : $"{(hubEvent.Kind == EventKind.Course ? "il corso" : "l'evento")} del {start.Day} {MonthsIt[start.Month - 1]}{year}";
    }

    /// <summary>A theme's label in the language, lower-cased where it is an ordinary word ("cybersecurity", "IoT industriale").</summary>
    public static string Theme(ThemeTaxonomy taxonomy, string themeId, string language)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (!taxonomy.TryGet(themeId, out var theme))
        {
            return themeId;
        }

        var label = IsEnglish(language) ? theme.LabelEn : theme.LabelIt;
        return label.Length > 1 && char.IsUpper(label[0]) && char.IsLower(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
    }

    /// <summary>"cerchi cybersecurity: il corso del 14 marzo" / "you seek cybersecurity: the course on 14 March".</summary>
    public static string Sought(string theme, string naming, string language) =>
        IsEnglish(language) ? $"you seek {theme}: {naming}" : $"cerchi {theme}: {naming}";

    /// <summary>"lavori su IA: l'evento del 2 giugno" / "you work on AI: the event on 2 June".</summary>
    public static string WorkedOn(string theme, string naming, string language) =>
        IsEnglish(language) ? $"you work on {theme}: {naming}" : $"lavori su {theme}: {naming}";

    /// <summary>"offre cybersecurity, il tema del corso" / "offers cybersecurity, the course's theme".</summary>
    public static string OffersTheme(string theme, EventKind kind, string language) =>
        IsEnglish(language) ? $"offers {theme}, the {(kind == EventKind.Course ? "course" : "event")}'s theme"
        : $"offre {theme}, tema {(kind == EventKind.Course ? "del corso" : "dell'evento")}";

    /// <summary>"era anche all'evento del 14 marzo" / "also attended the event on 14 March".</summary>
    public static string AlsoAttended(string naming, string language) =>
        IsEnglish(language) ? $"also attended {naming}" : $"era anche {AtThe(naming)}";

    /// <summary>"offre IA, che cerchi" / "offers AI, which you seek".</summary>
    public static string OffersWhatYouSeek(string theme, string language) =>
        IsEnglish(language) ? $"offers {theme}, which you seek" : $"offre {theme}, che cerchi";

    /// <summary>"cerca IA, che offri" / "seeks AI, which you offer".</summary>
    public static string SeeksWhatYouOffer(string theme, string language) =>
        IsEnglish(language) ? $"seeks {theme}, which you offer" : $"cerca {theme}, che offri";

    /// <summary>"lavora anche su IA" / "also works on AI".</summary>
    public static string AlsoWorksOn(string theme, string language) =>
        IsEnglish(language) ? $"also works on {theme}" : $"lavora anche su {theme}";

    // "il corso del…" → "al corso del…", "l'evento del…" → "all'evento del…".
    private static string AtThe(string naming) =>
        naming.StartsWith("il ", StringComparison.Ordinal) ? "al " + naming[3..]
        : naming.StartsWith("l'", StringComparison.Ordinal) ? "all'" + naming[2..]
        : naming;
}
