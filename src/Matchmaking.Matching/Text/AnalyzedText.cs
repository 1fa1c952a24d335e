namespace Matchmaking.Matching.Text;

/// <summary>The terms of a text and the language they were stemmed in.</summary>
/// <param name="Language">The language detected for the whole text.</param>
/// <param name="Terms">The text's terms in order, repeated as often as they occur.</param>
public sealed record AnalyzedText(Language Language, IReadOnlyList<string> Terms);
