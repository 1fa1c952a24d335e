using System.Globalization;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Directory;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Silo.Http;

/// <summary>Reads the list filters (<c>kind</c>, <c>theme</c>, <c>province</c>, <c>q</c>, <c>tier</c>, <c>hub</c>, <c>page</c>, <c>pageSize</c>) of a request.</summary>
public static class ListQueries
{
    public const int MaxPageSize = 200;

    /// <summary>The query, or the field errors that prevent it.</summary>
    public static (DirectoryQuery? Query, Dictionary<string, string[]> Errors) Read(IQueryCollection query, ThemeTaxonomy taxonomy, ActorKind? fixedKind = null)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        ActorKind? kind = fixedKind;
        if (fixedKind is null && Value(query, "kind") is { } kindText)
        {
            if (ActorKinds.TryParse(kindText, out var parsed))
            {
                kind = parsed;
            }
            else
            {
                errors["kind"] = [$"Unknown kind '{kindText}'. Allowed: {string.Join(", ", ActorKinds.All.Select(k => k.Name()))}."];
            }
        }

        var theme = Value(query, "theme")?.ToLowerInvariant();
        if (theme is not null && !taxonomy.Contains(theme))
        {
            errors["theme"] = [$"Unknown theme '{theme}'. GET /api/themes lists the theme ids."];
        }

        var province = Value(query, "province")?.ToUpperInvariant();
        if (province is not null && (province.Length != 2 || !province.All(char.IsAsciiLetterUpper)))
        {
            errors["province"] = ["A province is a two-letter code such as CR or BS."];
        }

        var text = Value(query, "q");
        if (text is { Length: > 500 })
        {
            errors["q"] = ["At most 500 characters."];
        }

        var tier = Value(query, "tier")?.ToLowerInvariant();
        if (tier is not null && !ProfileVocabulary.HubRoles.Contains(tier))
        {
            errors["tier"] = [$"'{tier}' is not one of: {string.Join(", ", ProfileVocabulary.HubRoles)}."];
        }

        var hub = Value(query, "hub")?.ToLowerInvariant();
        if (hub is not null && ActorIds.Problem(hub) is { } hubProblem)
        {
            errors["hub"] = [hubProblem];
        }

        var page = Number(query, "page", 1, 1, 1_000_000, errors);
        var pageSize = Number(query, "pageSize", 20, 1, MaxPageSize, errors);
        return errors.Count > 0
            ? (null, errors)
            : (new DirectoryQuery(kind, theme, province, text, page, pageSize, Tier: tier, Hub: hub), errors);
    }

    private static string? Value(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString().Trim() : null;

    private static int Number(IQueryCollection query, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (Value(query, name) is not { } text)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors[name] = [$"A whole number from {min} to {max}."];
        return fallback;
    }
}
