using System.Text.RegularExpressions;

namespace Matchmaking.Abstractions.Profiles;

/// <summary>The one id format: a lowercase slug such as <c>officine-bresciane</c>.</summary>
public static partial class ActorIds
{
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= ProfileVocabulary.MaxIdLength } && SlugRegex().IsMatch(id);

    /// <summary>Why <paramref name="id"/> is not valid, or null when it is.</summary>
    public static string? Problem(string? id) => IsValid(id)
        ? null
        : $"An id is a lowercase slug of letters, digits and single hyphens ({Pattern}), 1 to {ProfileVocabulary.MaxIdLength} characters.";

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex SlugRegex();
}
