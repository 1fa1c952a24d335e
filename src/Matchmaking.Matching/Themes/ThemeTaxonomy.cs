namespace Matchmaking.Matching.Themes;

/// <summary>
/// The technology themes (ids, Italian and English labels and terms, parent/child links) and the search for them in
/// free text. Immutable and safe to share between threads.
/// </summary>
public sealed class ThemeTaxonomy
{
    /// <summary>Logical name of the built-in taxonomy embedded in this assembly.</summary>
    public const string ResourceName = "Matchmaking.Matching.themes.json";

    private static readonly Lazy<ThemeTaxonomy> DefaultTaxonomy = new(LoadDefault);

    private readonly Dictionary<string, ThemeDefinition> byId;
    private readonly Dictionary<string, IReadOnlyList<string>> children;
    private readonly Dictionary<string, IReadOnlyList<string>> descendants;
    private readonly Dictionary<string, IReadOnlyList<string>> ancestors;
    private readonly ThemeTermIndex index;

    private ThemeTaxonomy(IReadOnlyList<ThemeDefinition> themes)
    {
        All = themes;
        byId = themes.ToDictionary(theme => theme.Id, StringComparer.Ordinal);
        children = themes.ToDictionary(
            theme => theme.Id,
            theme => ReadOnly(themes.Where(child => child.Parent == theme.Id).Select(child => child.Id)),
            StringComparer.Ordinal);
        descendants = themes.ToDictionary(theme => theme.Id, theme => ReadOnly(CollectDescendants(theme.Id)), StringComparer.Ordinal);
        ancestors = themes.ToDictionary(theme => theme.Id, theme => ReadOnly(CollectAncestors(theme)), StringComparer.Ordinal);
        index = ThemeTermIndex.Build(themes);
    }

    /// <summary>The built-in taxonomy, loaded from the embedded <c>themes.json</c> on first use.</summary>
    public static ThemeTaxonomy Default => DefaultTaxonomy.Value;

    /// <summary>Every theme, in document order.</summary>
    public IReadOnlyList<ThemeDefinition> All { get; }

    /// <summary>
    /// Reads and validates a taxonomy document (the format of the embedded <c>themes.json</c>).
    /// </summary>
    /// <exception cref="ThemeTaxonomyException">
    /// The JSON is malformed or has unknown properties, or a theme has a missing or malformed id, a duplicate id, an
    /// unknown parent, a parent cycle, an empty label or an empty term; the message names the theme and the problem.
    /// </exception>
    public static ThemeTaxonomy Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new ThemeTaxonomy(ThemeTaxonomyReader.Read(json));
    }

    /// <summary>Finds a theme by id (ordinal, case-sensitive).</summary>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ThemeDefinition theme)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.TryGetValue(id, out theme);
    }

    /// <summary>True when a theme with this id exists.</summary>
    public bool Contains(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.ContainsKey(id);
    }

    /// <summary>Ids of the direct children of a theme, in document order; empty for a leaf or an unknown id.</summary>
    public IReadOnlyList<string> Children(string id) => Lookup(children, id);

    /// <summary>Ids of every theme below a theme (children first, depth first), not the theme itself; empty for an unknown id.</summary>
    public IReadOnlyList<string> Descendants(string id) => Lookup(descendants, id);

    /// <summary>Ids of the theme's parent, grandparent and so on up to the root, nearest first; empty for a root or an unknown id.</summary>
    public IReadOnlyList<string> Ancestors(string id) => Lookup(ancestors, id);

    /// <summary>The themes and all their ancestors, each once.</summary>
    public HashSet<string> WithAncestors(IEnumerable<string> themes)
    {
        ArgumentNullException.ThrowIfNull(themes);
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var theme in themes)
        {
            all.Add(theme);
            all.UnionWith(Ancestors(theme));
        }

        return all;
    }

    /// <summary>
    /// Ids of the themes whose labels or synonyms occur in <paramref name="text"/> as whole words or phrases, in order of
    /// first occurrence, each once. Matching ignores case and accents and tolerates simple Italian/English plural and
    /// gender endings; where terms overlap the longest wins ("industrial internet of things" is industrial-iot, not iot);
    /// case-sensitive terms ("AI", "IA") match only when written in capitals. Only the themes named are returned, not
    /// their ancestors. Runs in time linear in the text's length.
    /// </summary>
    public IReadOnlyList<string> FindInText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return index.Find(text);
    }

    /// <summary>As <see cref="FindInText"/>, in a text already folded into <paramref name="words"/> (one fold serves every search of a text).</summary>
    internal IReadOnlyList<string> FindInFolded(string folded, List<Text.FoldedWord> words) => index.Find(folded, words);

    private static ThemeTaxonomy LoadDefault()
    {
        using var stream = typeof(ThemeTaxonomy).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(ThemeTaxonomy).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private static IReadOnlyList<string> Lookup(Dictionary<string, IReadOnlyList<string>> map, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return map.TryGetValue(id, out var ids) ? ids : [];
    }

    private static IReadOnlyList<string> ReadOnly(IEnumerable<string> ids) => ids.ToList().AsReadOnly();

    private List<string> CollectDescendants(string id)
    {
        var result = new List<string>();
        var pending = new Stack<string>();
        pending.Push(id);
        while (pending.TryPop(out var current))
        {
            if (current != id)
            {
                result.Add(current);
            }

            // Push in reverse so that children come out in document order.
            for (var i = All.Count - 1; i >= 0; i--)
            {
                if (All[i].Parent == current)
                {
                    pending.Push(All[i].Id);
                }
            }
        }

        return result;
    }

    private List<string> CollectAncestors(ThemeDefinition theme)
    {
        var result = new List<string>();
        for (var parent = theme.Parent; parent is not null; parent = byId[parent].Parent)
        {
            result.Add(parent);
        }

        return result;
    }
}
