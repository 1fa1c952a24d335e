namespace Matchmaking.Silo.Http;

/// <summary>
/// The query parameters several endpoints read alike: <c>lang</c> (it, the default, or en), <c>top</c> (1 to 50,
/// default 10), and any value trimmed (null when blank).
/// </summary>
public static class ApiQueries
{
    public static (string Language, int Top)? Paging(HttpRequest request)
    {
        var top = 10;
        return Language(request) is { } language && (Value(request, "top") is not { } text || (int.TryParse(text, out top) && top is >= 1 and <= 50))
            ? (language, top)
            : null;
    }

    public static Dictionary<string, string[]> PagingErrors(HttpRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (Language(request) is null)
        {
            errors["lang"] = ["'it' or 'en'."];
        }

        if (Value(request, "top") is { } text && !(int.TryParse(text, out var top) && top is >= 1 and <= 50))
        {
            errors["top"] = ["A whole number from 1 to 50."];
        }

        return errors;
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
