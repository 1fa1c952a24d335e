using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Client;

/// <summary>
/// Filters of a suggestion call; null means the silo's default: every kind (<see cref="Targets"/>), 10 items
/// (<see cref="Top"/>, 1..100), no theme or province filter, existing partners included.
/// </summary>
public sealed record SuggestionOptions(
    IReadOnlyList<ActorKind>? Targets = null,
    int? Top = null,
    string? Theme = null,
    string? Province = null,
    bool NewPartnersOnly = false);
