using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Abstractions.Suggestions;

/// <summary>
/// What an actor (or a brief) asks for: the kinds of actor wanted (empty for all), how many, and optional
/// filters by theme (its sub-themes included) and province code. <see cref="NewPartnersOnly"/> leaves out
/// existing collaborators. <see cref="Lang"/> (<c>it</c>, <c>en</c>) is the language of the reasons; null for the
/// brief's, else the asker's profile's.
/// </summary>
[GenerateSerializer, Alias("mm.SuggestionRequest"), Immutable]
public sealed record SuggestionRequest(
    [property: Id(0)] IReadOnlyList<ActorKind> Targets,
    [property: Id(1)] int Top = SuggestionRequest.DefaultTop,
    [property: Id(2)] string? Theme = null,
    [property: Id(3)] string? Province = null,
    [property: Id(4)] bool NewPartnersOnly = false,
    [property: Id(5)] string? Lang = null)
{
    public const int DefaultTop = 10;
    public const int MaxTop = 100;

    /// <summary>The longest brief read (characters): the gist of a need, not a whole document.</summary>
    public const int MaxBriefLength = 20_000;

    /// <summary>Every kind, ten suggestions, no filters.</summary>
    public static SuggestionRequest Default { get; } = new([]);
}
