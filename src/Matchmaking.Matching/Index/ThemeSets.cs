using Matchmaking.Matching.Themes;

namespace Matchmaking.Matching.Index;

/// <summary>
/// One shared array per distinct list of theme ids, holding the taxonomy's own id strings: actors name few themes
/// from a fixed taxonomy, so many name the same ones, and an actor's lists then cost a reference each instead of an
/// array (and, for ids read from a profile, a string per id). The arrays are never written to. Not thread-safe: the
/// index guards it.
/// </summary>
internal sealed class ThemeSets(ThemeTaxonomy taxonomy)
{
    private readonly Dictionary<string, string[]> sets = new(StringComparer.Ordinal);

    /// <summary>The shared array with these ids, in this order.</summary>
    public string[] Of(IEnumerable<string> themes)
    {
        string[] ids = [.. themes.Select(id => taxonomy.TryGet(id, out var theme) ? theme.Id : id)];
        if (ids.Length == 0)
        {
            return [];
        }

        var key = string.Join('\n', ids);
        if (!sets.TryGetValue(key, out var shared))
        {
            sets[key] = shared = ids;
        }

        return shared;
    }
}
