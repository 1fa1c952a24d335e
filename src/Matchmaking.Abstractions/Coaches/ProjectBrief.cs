using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Abstractions.Coaches;

/// <summary>
/// What a coach asks for: teams around <see cref="Themes"/>, a free-text <see cref="Need"/> and/or an
/// <see cref="Anchor"/> actor (at least one), with constraints. Roles are wire names (company, research,
/// startup, supplier); null role lists mean the engine's defaults (required company and research, optional startup).
/// </summary>
[GenerateSerializer, Alias("mm.ProjectBrief"), Immutable]
public sealed record ProjectBrief
{
    public const int DefaultTop = 5;
    public const int MaxTop = 20;
    public const int MaxNeedLength = 20_000;

    [Id(0)] public IReadOnlyList<string> Themes { get; init; } = [];

    [Id(1)] public string? Need { get; init; }

    [Id(2)] public ActorRef? Anchor { get; init; }

    /// <summary>Members only from this region or province (name or code); null for anywhere.</summary>
    [Id(3)] public string? Region { get; init; }

    [Id(4)] public int Top { get; init; } = DefaultTop;

    [Id(5)] public IReadOnlyList<string>? Required { get; init; }

    [Id(6)] public IReadOnlyList<string>? Optional { get; init; }

    [Id(7)] public IReadOnlyList<string> ExcludedRoles { get; init; } = [];

    [Id(8)] public IReadOnlyList<ActorRef> Include { get; init; } = [];

    [Id(9)] public IReadOnlyList<ActorRef> Exclude { get; init; } = [];

    [Id(10)] public int? MaxTeamSize { get; init; }

    /// <summary><c>it</c> or <c>en</c> for the proposals' title and objective; null: the need's language, else Italian.</summary>
    [Id(11)] public string? Lang { get; init; }
}
