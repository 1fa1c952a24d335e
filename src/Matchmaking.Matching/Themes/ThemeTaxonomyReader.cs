using System.Text.Json;
using System.Text.RegularExpressions;
using Matchmaking.Matching.Text;

namespace Matchmaking.Matching.Themes;

/// <summary>Turns a taxonomy document into validated, read-only theme definitions.</summary>
internal static partial class ThemeTaxonomyReader
{
    public static IReadOnlyList<ThemeDefinition> Read(string json)
    {
        ThemeTaxonomyJson? document;
        try
        {
            document = JsonSerializer.Deserialize(json, ThemeTaxonomyJsonContext.Default.ThemeTaxonomyJson);
        }
        catch (JsonException e)
        {
            throw new ThemeTaxonomyException($"The theme taxonomy is not valid JSON of the expected shape: {e.Message}", e);
        }

        if (document?.Themes is not { Count: > 0 } entries)
        {
            throw new ThemeTaxonomyException("The theme taxonomy has no \"themes\".");
        }

        var themes = new List<ThemeDefinition>(entries.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var theme = ToDefinition(entries[i], i);
            if (!ids.Add(theme.Id))
            {
                throw new ThemeTaxonomyException($"Duplicate theme id '{theme.Id}' (theme #{i + 1}).");
            }

            themes.Add(theme);
        }

        foreach (var theme in themes.Where(theme => theme.Parent is not null && !ids.Contains(theme.Parent)))
        {
            throw new ThemeTaxonomyException($"Theme '{theme.Id}' has unknown parent '{theme.Parent}'.");
        }

        ThrowOnCycle(themes);
        return themes.AsReadOnly();
    }

    private static ThemeDefinition ToDefinition(ThemeJson? entry, int position)
    {
        if (entry is null)
        {
            throw new ThemeTaxonomyException($"Theme #{position + 1} is null.");
        }

        var id = entry.Id;
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ThemeTaxonomyException($"Theme #{position + 1} has no id.");
        }

        if (!IdPattern().IsMatch(id))
        {
            throw new ThemeTaxonomyException($"Theme id '{id}' is not lower-case kebab-case (letters, digits, single hyphens).");
        }

        var theme = new ThemeDefinition(
            id,
            Label(entry.Label?.It, id, "Italian"),
            Label(entry.Label?.En, id, "English"),
            entry.Description?.It?.Trim() ?? string.Empty,
            entry.Description?.En?.Trim() ?? string.Empty,
            string.IsNullOrWhiteSpace(entry.Parent) ? null : entry.Parent,
            Terms(entry.Synonyms?.It, id, "Italian synonym"),
            Terms(entry.Synonyms?.En, id, "English synonym"),
            Terms(entry.Hubs, id, "hub"))
        {
            CaseSensitiveTerms = Terms(entry.CaseSensitive, id, "case-sensitive term"),
        };

        foreach (var term in theme.CaseSensitiveTerms)
        {
            var words = new List<FoldedWord>();
            TextFolding.Fold(term, words);
            if (!words.Any(word => word.IsAllCaps))
            {
                throw new ThemeTaxonomyException(
                    $"Theme '{id}' has case-sensitive term '{term}' with no word in capitals; make it an ordinary synonym.");
            }
        }

        return theme;
    }

    private static string Label(string? label, string id, string language) =>
        string.IsNullOrWhiteSpace(label)
            ? throw new ThemeTaxonomyException($"Theme '{id}' has an empty {language} label.")
            : label.Trim();

    private static IReadOnlyList<string> Terms(IReadOnlyList<string?>? terms, string id, string kind)
    {
        if (terms is null)
        {
            return [];
        }

        var result = new List<string>(terms.Count);
        foreach (var term in terms)
        {
            // A term that folds to nothing ("!!") could never be found in text: it is a mistake in the document.
            if (term is null || TextFolding.Fold(term).Length == 0)
            {
                throw new ThemeTaxonomyException($"Theme '{id}' has an empty {kind}.");
            }

            result.Add(term.Trim());
        }

        return result.AsReadOnly();
    }

    private static void ThrowOnCycle(List<ThemeDefinition> themes)
    {
        var parentOf = themes.ToDictionary(theme => theme.Id, theme => theme.Parent, StringComparer.Ordinal);
        var known = new HashSet<string>(StringComparer.Ordinal); // ids already proven to reach a root
        foreach (var theme in themes)
        {
            var path = new List<string>();
            for (string? current = theme.Id; current is not null && !known.Contains(current); current = parentOf[current])
            {
                var seenAt = path.IndexOf(current);
                if (seenAt >= 0)
                {
                    var cycle = string.Join(" -> ", path.Skip(seenAt).Append(current));
                    throw new ThemeTaxonomyException($"Theme parents form a cycle: {cycle}.");
                }

                path.Add(current);
            }

            known.UnionWith(path);
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
