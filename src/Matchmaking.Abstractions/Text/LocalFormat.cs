using System.Globalization;

namespace Matchmaking.Abstractions.Text;

/// <summary>
/// Numbers, money and dates as a reader of the language writes them, the one place pages, reasons and the CLI format
/// them: Italian <c>12.000.000 €</c>, <c>1.234,5</c>, <c>28/02/2027</c>; English <c>€12,000,000</c>, <c>1,234.5</c>,
/// <c>28 February 2027</c>. Written out by hand because the product runs with invariant globalization (no culture data).
/// </summary>
public static class LocalFormat
{
    public const string Italian = "it";
    public const string English = "en";

    private static readonly NumberFormatInfo ItalianNumbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        PercentGroupSeparator = ".",
        PercentDecimalSeparator = ",",
        NegativeSign = "-",
    };

    private static readonly NumberFormatInfo EnglishNumbers = new()
    {
        NumberGroupSeparator = ",",
        NumberDecimalSeparator = ".",
        PercentGroupSeparator = ",",
        PercentDecimalSeparator = ".",
        NegativeSign = "-",
    };

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary><c>it</c> or <c>en</c> from a language tag or name (<c>en-GB</c>, <c>EN</c>); Italian for anything else.</summary>
    public static string Normalize(string? language) =>
        language is { Length: >= 2 } && language.AsSpan(0, 2).Equals(English, StringComparison.OrdinalIgnoreCase) ? English : Italian;

    /// <summary>A whole or decimal number with the language's separators, at most <paramref name="decimals"/> decimals.</summary>
    public static string Number(decimal value, string language, int decimals = 0) =>
        value.ToString(decimals == 0 ? "#,0" : "#,0." + new string('#', decimals), Numbers(language));

    public static string Number(double value, string language, int decimals = 0) => Number((decimal)value, language, decimals);

    /// <summary>An amount in euros: <c>12.000.000 €</c> in Italian, <c>€12,000,000</c> in English (cents only when there are some).</summary>
    public static string Euros(decimal amount, string language)
    {
        var digits = Math.Abs(amount).ToString(decimal.Truncate(amount) == amount ? "#,0" : "#,0.00", Numbers(language));
        var sign = amount < 0 ? "-" : "";
        return Normalize(language) == English ? $"{sign}€{digits}" : $"{sign}{digits} €";
    }

    /// <summary>A date: <c>28/02/2027</c> in Italian, <c>28 February 2027</c> in English.</summary>
    public static string Date(DateOnly date, string language) => Normalize(language) == English
        ? $"{date.Day} {EnglishMonths[date.Month - 1]} {date.Year}"
        : date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A moment in UTC to the minute: <c>28/02/2027 14:05</c>, <c>28 February 2027, 14:05</c> (UTC).</summary>
    public static string DateTime(DateTimeOffset at, string language)
    {
        var utc = at.ToUniversalTime();
        var time = utc.ToString("HH:mm", CultureInfo.InvariantCulture);
        var date = Date(DateOnly.FromDateTime(utc.DateTime), language);
        return Normalize(language) == English ? $"{date}, {time} UTC" : $"{date} {time} UTC";
    }

    /// <summary>A share 0..1 as a whole percentage: <c>85%</c> in both languages.</summary>
    public static string Percent(double share, string language) => Number(Math.Round(100 * share), language) + "%";

    private static NumberFormatInfo Numbers(string language) => Normalize(language) == English ? EnglishNumbers : ItalianNumbers;
}
