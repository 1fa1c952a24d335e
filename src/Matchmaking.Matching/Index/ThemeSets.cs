using Matchmaking.Matching.Themes;

namespace Matchmaking.Matching.Index;

/// <summary>
/// One shared array per distinct list of theme ids, holding the taxonomy's own id strings: actors name few themes
/// from a fixed taxonomy, so many name the same ones, and an actor's lists then cost a reference each instead of an
/// array (and, for ids read from a profile, a string per id). The arrays are found by their contents (no key string
/// is kept beside them) and never written to. Not thread-safe: the index guards it.
/// </summary>
internal sealed class ThemeSets(ThemeTaxonomy taxonomy)
{
    private readonly HashSet<string[]> sets = new(SameIds.Instance);

    /// <summary>The shared array with these ids, in this order.</summary>
    public string[] Of(IEnumerable<string> themes)
    {
        string[] ids = [.. themes.Select(id => taxonomy.TryGet(id, out var theme) ? theme.Id : id)];
        if (ids.Length == 0)
        {
            return [];
        }

        if (!sets.TryGetValue(ids, out var shared))
        {
            sets.Add(shared = ids);
        }

        return shared;
    }

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
