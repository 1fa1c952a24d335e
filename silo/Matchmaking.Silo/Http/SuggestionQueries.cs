using System.Globalization;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Suggestions;

namespace Matchmaking.Silo.Http;

/// <summary>
/// Reads a suggestion request from a query string (<c>target</c>, <c>top</c>, <c>theme</c>, <c>province</c>,
/// <c>new</c>, <c>lang</c>: it or en, the language of the reasons) or a brief body. Only the shape is checked here; the rules (top range, known theme and
/// province) are the grains' <c>SuggestionRules</c>, one place for both modes.
/// </summary>
public static class SuggestionQueries
{
    private static readonly string[] BriefFields = ["brief", "target", "top", "theme", "province"];

    /// <summary>The request, or the field errors that prevent it.</summary>
    public static (SuggestionRequest? Request, Dictionary<string, string[]> Errors) Read(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var targets = Targets(query["target"].SelectMany(v => (v ?? "").Split(',')), errors);
        var top = Top(Value(query, "top"), errors);
        var fresh = false;
        if (Value(query, "new") is { } text && !bool.TryParse(text, out fresh))
        {
            errors["new"] = ["'new' is true or false."];
        }

        var lang = Value(query, "lang")?.ToLowerInvariant();
        if (lang is not null and not ("it" or "en"))
        {
            errors["lang"] = ["'lang' is it or en."];
        }

        return errors.Count > 0
            ? (null, errors)
            : (new SuggestionRequest(targets, top, Value(query, "theme"), Value(query, "province"), fresh, lang), errors);
    }

    /// <summary>The brief and request of a <c>POST /api/suggestions</c> body, or the field errors that prevent them.</summary>
    public static (string? Brief, SuggestionRequest? Request, Dictionary<string, string[]> Errors) ReadBrief(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, _) in body)
        {
            if (!BriefFields.Contains(name, StringComparer.Ordinal))
            {
                errors[name] = [$"Unknown field. A brief request has: {string.Join(", ", BriefFields)}."];
            }
        }

        var brief = String(body, "brief", errors);
        var targets = body["target"] switch
        {
            null => [],
            JsonArray array when array.All(n => n is JsonValue v && v.TryGetValue<string>(out _)) => Targets(array.Select(n => n!.GetValue<string>()), errors),
            JsonValue value when value.TryGetValue<string>(out var text) => Targets(text.Split(','), errors),
            _ => Invalid(errors, "target", "A kind or a list of kinds: company, startup, researcher."),
        };
        var top = body["top"] switch
        {
            null => SuggestionRequest.DefaultTop,
            JsonValue value when value.TryGetValue<int>(out var number) => number,
            _ => Top("not a number", errors),
        };
        var theme = String(body, "theme", errors);
        var province = String(body, "province", errors);
        return errors.Count > 0
            ? (null, null, errors)
            : (brief, new SuggestionRequest(targets, top, theme, province), errors);
    }

    private static List<ActorKind> Targets(IEnumerable<string?> values, Dictionary<string, string[]> errors)
    {
        var kinds = new List<ActorKind>();
        foreach (var value in values.Select(v => v?.Trim()).Where(v => !string.IsNullOrEmpty(v)))
        {
            if (ActorKinds.TryParse(value, out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                var shown = value!.Length <= 40 ? value : value[..40] + "…";
                errors["target"] = [$"Unknown kind '{shown}'. Allowed: {string.Join(", ", ActorKinds.All.Select(k => k.Name()))}."];
            }
        }

        return kinds;
    }

    private static int Top(string? text, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return SuggestionRequest.DefaultTop;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number; // the range is the rules' to check
        }

        errors["top"] = [$"A whole number from 1 to {SuggestionRequest.MaxTop}."];
        return SuggestionRequest.DefaultTop;
    }

    private static string? String(JsonObject body, string name, Dictionary<string, string[]> errors) => body[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => Invalid<string?>(errors, name, "A string is expected.", null),
    };

    private static List<ActorKind> Invalid(Dictionary<string, string[]> errors, string field, string message) =>
        Invalid<List<ActorKind>>(errors, field, message, []);

    private static T Invalid<T>(Dictionary<string, string[]> errors, string field, string message, T fallback)
    {
        errors[field] = [message];
        return fallback;
    }

    private static string? Value(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString().Trim() : null;
}
