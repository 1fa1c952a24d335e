using Matchmaking.Matching.Themes;

namespace Matchmaking.Matching.Index;

/// <summary>
/// Shared theme lists holding the taxonomy's own id strings: actors name few themes from a fixed taxonomy, so many
/// name the same ones, and an actor's lists then cost a reference each instead of an array (and, for ids read from a
/// profile, a string per id). Lists as named (<see cref="Of"/>) keep their order, for reasons; sets of themes with their
/// ancestors (<see cref="Numbered"/>), which only answer whether a theme is in them, are kept in the order of each
/// theme's small number, so that the same set named in any order is one list, and a query can mark the themes it
/// looks for in a flat table (<see cref="Marks"/>) and test a candidate's themes by number instead of hashing strings.
/// The lists are never written to. Not thread-safe: the index guards it.
/// </summary>
internal sealed class ThemeSets(ThemeTaxonomy taxonomy)
{
    private readonly HashSet<string[]> lists = new(SameIds.Instance);
    private readonly Dictionary<string[], ThemeList> sets = new(SameIds.Instance);
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

    /// <summary>The shared array with these ids (each once, in this order).</summary>
    public string[] Of(IEnumerable<string> themes)
    {
        var ids = Canonical(themes);
        if (ids.Length == 0)
        {
            return [];
        }

        if (!lists.TryGetValue(ids, out var shared))
        {
            lists.Add(shared = ids);
        }

        return shared;
    }

    /// <summary>The shared set of these themes, in the order of their numbers.</summary>
    public ThemeList Numbered(IEnumerable<string> themes)
    {
        var ids = Canonical(themes);
        if (ids.Length == 0)
        {
            return ThemeList.Empty;
        }

        var numbered = new int[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            if (!numbers.TryGetValue(ids[i], out numbered[i]))
            {
                numbers.Add(ids[i], numbered[i] = numbers.Count);
            }
        }

        Array.Sort(numbered, ids);
        if (!sets.TryGetValue(ids, out var shared))
        {
            sets.Add(ids, shared = new ThemeList(ids, numbered));
        }

        return shared;
    }

    /// <summary>A table by theme number, true for the <paramref name="themes"/> (those no list holds are in none).</summary>
    public bool[] Marks(IEnumerable<string> themes)
    {
        var marks = new bool[numbers.Count];
        foreach (var theme in themes)
        {
            if (numbers.TryGetValue(theme, out var number))
            {
                marks[number] = true;
            }
        }

        return marks;
    }

    private string[] Canonical(IEnumerable<string> themes) =>
        [.. themes.Select(id => taxonomy.TryGet(id, out var theme) ? theme.Id : id).Distinct(StringComparer.Ordinal)];

    /// <summary>Arrays with the same ids (ordinal) in the same order.</summary>
    private sealed class SameIds : IEqualityComparer<string[]>
    {
        public static SameIds Instance { get; } = new();

        public bool Equals(string[]? x, string[]? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y, StringComparer.Ordinal));

        public int GetHashCode(string[] ids)
        {
            var hash = new HashCode();
            foreach (var id in ids)
            {
                hash.Add(id, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}

/// <summary>A set of theme ids shared by every actor with the same themes, with each theme's number in the index, in number order.</summary>
internal sealed class ThemeList(string[] ids, int[] numbers)
{
    public static ThemeList Empty { get; } = new([], []);

    /// <summary>The theme ids, each once.</summary>
    public string[] Ids { get; } = ids;

    /// <summary>Each id's number (see <see cref="ThemeSets.Marks"/>).</summary>
    public int[] Numbers { get; } = numbers;

    /// <summary>How many of the themes are marked in <paramref name="marks"/>.</summary>
    public int CountMarked(bool[] marks)
    {
        var count = 0;
        foreach (var number in Numbers)
        {
            count += marks[number] ? 1 : 0;
        }

        return count;
    }
}
