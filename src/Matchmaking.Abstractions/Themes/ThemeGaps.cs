using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Abstractions.Themes;

/// <summary>
/// A hub's view of one theme (sub-themes included): supply and demand by province, the seekers with nobody
/// offering the theme in their province (the gaps a hub should fill), and the most connected actors on it.
/// </summary>
[GenerateSerializer, Alias("mm.ThemeGaps"), Immutable]
public sealed record ThemeGaps(
    [property: Id(0)] string Id,
    [property: Id(1)] string LabelIt,
    [property: Id(2)] string LabelEn,
    [property: Id(3)] string? Province,
    [property: Id(4)] int Offerers,
    [property: Id(5)] int Seekers,
    [property: Id(6)] IReadOnlyList<ProvinceBalance> Provinces,
    [property: Id(7)] IReadOnlyList<ActorSummary> UnmetSeekers,
    [property: Id(8)] IReadOnlyList<ConnectedActor> Connected);

/// <summary>Offerers and seekers of a theme in one province; <see cref="Gap"/> is seekers minus offerers.</summary>
[GenerateSerializer, Alias("mm.ProvinceBalance"), Immutable]
public sealed record ProvinceBalance(
    [property: Id(0)] string Province,
    [property: Id(1)] int Offerers,
    [property: Id(2)] int Seekers,
    [property: Id(3)] int Gap);

/// <summary>An actor on a theme and how many partners it has worked with.</summary>
[GenerateSerializer, Alias("mm.ConnectedActor"), Immutable]
public sealed record ConnectedActor(
    [property: Id(0)] ActorKind Kind,
    [property: Id(1)] string Id,
    [property: Id(2)] string Name,
    [property: Id(3)] string? Province,
    [property: Id(4)] int Partners);

/// <summary>A theme ranked by unmet demand: seekers (in the province, when one is given) and offerers there.</summary>
[GenerateSerializer, Alias("mm.ThemeGap"), Immutable]
public sealed record ThemeGap(
    [property: Id(0)] string Id,
    [property: Id(1)] string LabelIt,
    [property: Id(2)] string LabelEn,
    [property: Id(3)] int Seekers,
    [property: Id(4)] int LocalOfferers,
    [property: Id(5)] int Gap);
