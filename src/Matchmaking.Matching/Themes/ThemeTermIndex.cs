using System.Collections.Frozen;
using Matchmaking.Matching.Text;

namespace Matchmaking.Matching.Themes;

/// <summary>
/// A word trie of every theme term (folded, each word reduced by <see cref="TermInflection"/>), built once per taxonomy
/// and immutable afterwards, so one scan of a text finds every theme in time linear in the text's length.
/// </summary>
internal sealed class ThemeTermIndex
{
    private readonly Node root;

    private ThemeTermIndex(Node root) => this.root = root;

    /// <summary>Builds the index of the labels, synonyms and case-sensitive terms of <paramref name="themes"/>.</summary>
    public static ThemeTermIndex Build(IEnumerable<ThemeDefinition> themes)
    {
        var root = new NodeBuilder();
        var words = new List<FoldedWord>();
        foreach (var theme in themes)
        {
            string[] terms = [theme.LabelIt, theme.LabelEn, .. theme.SynonymsIt, .. theme.SynonymsEn];
            foreach (var term in terms)
            {
                Add(root, theme.Id, term, caseSensitive: false, words);
            }

            foreach (var term in theme.CaseSensitiveTerms)
            {
                Add(root, theme.Id, term, caseSensitive: true, words);
            }
        }

        return new ThemeTermIndex(root.Freeze());
    }

    /// <summary>
    /// The ids of the themes whose terms occur in <paramref name="text"/>, in order of first occurrence, each once.
    /// Scans left to right and takes the longest term starting at each word, then continues after it.
    /// </summary>
    public IReadOnlyList<string> Find(string text)
    {
        var words = new List<FoldedWord>();
        var folded = TextFolding.Fold(text, words);
        return Find(folded, words);
    }

    /// <summary>As <see cref="Find(string)"/>, in a text already folded by <see cref="TextFolding.Fold(string, List{FoldedWord})"/> into <paramref name="words"/>.</summary>
    public IReadOnlyList<string> Find(string folded, List<FoldedWord> words)
    {
        List<string>? found = null;
        var i = 0;
        while (i < words.Count)
        {
            var end = i;
            string[]? themeIds = null;
            Longest(root, folded, words, i, ref end, ref themeIds);
            if (themeIds is null)
            {
                i++;
                continue;
            }

            found ??= [];
            foreach (var id in themeIds)
            {
                if (!found.Contains(id))
                {
                    found.Add(id);
                }
            }

            i = end;
        }

        return found is null ? [] : found.AsReadOnly();
    }

    private static void Longest(Node node, string folded, List<FoldedWord> words, int next, ref int end, ref string[]? themeIds)
    {
        if (node.ThemeIds is not null && next > end)
        {
            end = next;
            themeIds = node.ThemeIds;
        }

        if (next >= words.Count)
        {
            return;
        }

        var word = words[next];
        var span = folded.AsSpan(word.Start, word.Length);
        var stem = span[..TermInflection.StemLength(span)];
        if (node.AnyCase.TryGetValue(stem, out var child))
        {
            Longest(child, folded, words, next + 1, ref end, ref themeIds);
        }

        if (word.IsAllCaps && node.CapitalsOnly.TryGetValue(stem, out child))
        {
            Longest(child, folded, words, next + 1, ref end, ref themeIds);
        }
    }

    private static void Add(NodeBuilder root, string themeId, string term, bool caseSensitive, List<FoldedWord> words)
    {
        var folded = TextFolding.Fold(term, words);
        var node = root;
        foreach (var word in words)
        {
            var span = folded.AsSpan(word.Start, word.Length);
            var stem = span[..TermInflection.StemLength(span)].ToString();
            var children = caseSensitive && word.IsAllCaps ? node.CapitalsOnly : node.AnyCase;
            if (!children.TryGetValue(stem, out var child))
            {
                child = new NodeBuilder();
                children.Add(stem, child);
            }

            node = child;
        }

        if (node != root && !node.ThemeIds.Contains(themeId))
        {
            node.ThemeIds.Add(themeId);
        }
    }

    private sealed class NodeBuilder
    {
        public Dictionary<string, NodeBuilder> AnyCase { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, NodeBuilder> CapitalsOnly { get; } = new(StringComparer.Ordinal);

        public List<string> ThemeIds { get; } = [];

        public Node Freeze() => new(
            Freeze(AnyCase),
            Freeze(CapitalsOnly),
            ThemeIds.Count == 0 ? null : [.. ThemeIds]);

        private static FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Freeze(Dictionary<string, NodeBuilder> children) =>
            children
                .ToFrozenDictionary(pair => pair.Key, pair => pair.Value.Freeze(), StringComparer.Ordinal)
                .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Children are looked up by span so that scanning a text allocates nothing per word.
    private sealed class Node(
        FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> anyCase,
        FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> capitalsOnly,
        string[]? themeIds)
    {
        public FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> AnyCase { get; } = anyCase;

        public FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> CapitalsOnly { get; } = capitalsOnly;

        public string[]? ThemeIds { get; } = themeIds;
    }
}
