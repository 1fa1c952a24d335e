using System.Collections.Frozen;

namespace Matchmaking.Matching.Text;

/// <summary>
/// A set of suffixes, each with a rule number, that finds the longest suffix of a word starting at or after a limit: the
/// Snowball <c>among</c> lookup. Suffixes are bucketed by their last character, longest first, so a lookup compares only
/// the few suffixes that can match.
/// </summary>
internal sealed class SuffixTable
{
    private readonly FrozenDictionary<char, (string Suffix, int Rule)[]> byLastChar;

    public SuffixTable(params (string Suffixes, int Rule)[] groups)
    {
        byLastChar = groups
            .SelectMany(g => g.Suffixes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => (Suffix: s, g.Rule)))
            .GroupBy(e => e.Suffix[^1])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Suffix.Length).ToArray());
    }

    /// <summary>
    /// Finds the longest suffix of <paramref name="word"/> that begins at or after <paramref name="limit"/>.
    /// Returns its rule number (0 when none matches) and its length.
    /// </summary>
    public int Match(ReadOnlySpan<char> word, int limit, out int length)
    {
        length = 0;
        if (word.IsEmpty || !byLastChar.TryGetValue(word[^1], out var candidates))
        {
            return 0;
        }

        foreach (var (suffix, rule) in candidates)
        {
            if (word.Length - suffix.Length >= limit && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                length = suffix.Length;
                return rule;
            }
        }

        return 0;
    }
}
