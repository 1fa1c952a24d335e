namespace Matchmaking.Silo.Http;

/// <summary>
/// The query parameters several endpoints read alike: <c>lang</c> (it, the default, or en), <c>top</c> (1 to 50,
/// default 10), and any value trimmed (null when blank).
/// </summary>
public static class ApiQueries
{
    /// <summary>
    /// The <c>lang</c> and <c>top</c> asked for; null when both are right, else the 400 problem naming each that is
    /// wrong (then <paramref name="language"/> and <paramref name="top"/> are not to be used).
    /// </summary>
    public static IResult? ReadPaging(HttpRequest request, out string language, out int top)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        language = Language(request) ?? "it";
        if (Language(request) is null)
        {
            errors["lang"] = ["'it' or 'en'."];
        }

        top = 10;
        if (Value(request, "top") is { } text && !(int.TryParse(text, out top) && top is >= 1 and <= 50))
        {
            errors["top"] = ["A whole number from 1 to 50."];
        }

        return errors.Count > 0 ? Problems.Invalid(errors) : null;
    }

    public static string? Language(HttpRequest request) => Value(request, "lang")?.ToLowerInvariant() switch
    {
        null or "it" => "it",
        "en" => "en",
        _ => null,
    };

    public static string? Value(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString().Trim() : null;
}
