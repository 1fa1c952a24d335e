namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// The evaluation's deliberately simple tokenizer: lower-case, split on anything that is not a letter or a digit.
/// No stop words and no stemming, so that the BM25 baseline is a plain, reproducible reference.
/// </summary>
public static class Tokenizer
{
    /// <summary>The tokens of <paramref name="text"/>, in order, repeats kept.</summary>
    public static IEnumerable<string> Tokens(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inToken = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inToken && start < 0)
            {
                start = i;
            }
            else if (!inToken && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
