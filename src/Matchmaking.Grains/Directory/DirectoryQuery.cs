using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Grains.Directory;

/// <summary>
/// A filtered, paged look at the directory. Null filters match everything; <see cref="Page"/> is 1-based;
/// <see cref="Visible"/> says which actors the asker may see (by actor and visibility), before paging.
/// </summary>
public sealed record DirectoryQuery(
    ActorKind? Kind = null,
    string? Theme = null,
    string? Province = null,
    string? Text = null,
    int Page = 1,
    int PageSize = 20,
    Func<ActorRef, ActorVisibility, bool>? Visible = null,
    string? Tier = null,
    string? Hub = null);
