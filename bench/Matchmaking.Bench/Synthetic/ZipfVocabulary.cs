namespace Matchmaking.Bench.Synthetic;

/// <summary>
/// Words drawn with Zipf's law (the r-th most common word has probability ∝ 1/r^s): a few words are very
/// common, most are rare, as in real profile text. The head is a list of real words; the tail is made of
/// pronounceable pseudo-words with the language's endings, so that the stemmers see realistic shapes.
/// Immutable once built: one instance serves every thread.
/// </summary>
public sealed class ZipfVocabulary
{
    private static readonly string[] Onsets = ["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "tr", "st", "pr", "gr", "sc", "pl", "fl", "cr", "sp"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "a", "e", "o", "i"];

    private readonly string[] words;
    private readonly double[] cumulative;

    /// <summary>Draws from <paramref name="words"/>, most common first, with Zipf exponent <paramref name="exponent"/> (about 1 for text).</summary>
    public ZipfVocabulary(IReadOnlyList<string> words, double exponent)
    {
        ArgumentNullException.ThrowIfNull(words);
        this.words = [.. words];
        cumulative = new double[this.words.Length];
        var total = 0.0;
        for (var rank = 0; rank < this.words.Length; rank++)
        {
            total += 1 / Math.Pow(rank + 1, exponent);
            cumulative[rank] = total;
        }
    }

    /// <summary>
    /// <paramref name="head"/> (real words, most common first) followed by pronounceable pseudo-words with the
    /// language's <paramref name="endings"/>, <paramref name="size"/> words in all.
    /// </summary>
    public static ZipfVocabulary WithPseudoWords(IReadOnlyList<string> head, int size, IReadOnlyList<string> endings, double exponent, int seed)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(endings);
        var random = new Random(seed);
        var seen = new HashSet<string>(head, StringComparer.Ordinal);
        var list = new List<string>(size);
        list.AddRange(head);
        while (list.Count < size)
        {
            var word = PseudoWord(random, endings);
            if (seen.Add(word))
            {
                list.Add(word);
            }
        }

        return new ZipfVocabulary(list, exponent);
    }

    public int Count => words.Length;

    /// <summary>The word at <paramref name="rank"/> (0 = most common).</summary>
    public string this[int rank] => words[rank];

    public string Sample(Random random) => words[SampleRank(random)];

    /// <summary>A rank drawn with Zipf's law.</summary>
    public int SampleRank(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var target = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        return index >= 0 ? index : Math.Min(~index, words.Length - 1);
    }

    private static string PseudoWord(Random random, IReadOnlyList<string> endings)
    {
        var syllables = random.Next(1, 4);
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            text.Append(Onsets[random.Next(Onsets.Length)]).Append(Vowels[random.Next(Vowels.Length)]);
        }

        return text.Append(endings[random.Next(endings.Count)]).ToString();
    }
}
