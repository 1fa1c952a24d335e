namespace Matchmaking.Matching.Text;

/// <summary>Reduces a word to its stem, so that inflected forms ("sensori", "sensore") meet on one key ("sensor").</summary>
public interface IStemmer
{
    /// <summary>The language whose morphology this stemmer knows.</summary>
    Language Language { get; }

    /// <summary>
    /// Returns the stem of <paramref name="word"/>, a single lower-case word. The result is never longer than the word and is
    /// deterministic; implementations are stateless and safe to call from any thread.
    /// </summary>
    string Stem(string word);
}
