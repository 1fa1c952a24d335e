using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Client;

/// <summary>Filters and paging of a profile list; null means "not filtered" / the silo's default.</summary>
public sealed record ProfileQuery(
    ActorKind? Kind = null,
    string? Theme = null,
    string? Province = null,
    string? Text = null,
    int? Page = null,
    int? PageSize = null);
