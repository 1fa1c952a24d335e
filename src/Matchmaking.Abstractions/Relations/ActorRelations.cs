using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Abstractions.Relations;

/// <summary>An actor this actor declined: never suggested to it again.</summary>
[GenerateSerializer, Alias("mm.DeclinedActor"), Immutable]
public sealed record DeclinedActor(
    [property: Id(0)] ActorRef Actor,
    [property: Id(1)] string? Reason,
    [property: Id(2)] DateTimeOffset At);

/// <summary>A partner this actor worked with, how many times, and where the collaboration comes from (<see cref="CollaborationSources"/>).</summary>
[GenerateSerializer, Alias("mm.Collaboration"), Immutable]
public sealed record Collaboration(
    [property: Id(0)] ActorRef Partner,
    [property: Id(1)] int Count,
    [property: Id(2)] string Source);

/// <summary>Where a collaboration was learnt.</summary>
public static class CollaborationSources
{
    /// <summary>This actor accepted the partner (feedback).</summary>
    public const string Accepted = "accepted";

    /// <summary>The partner accepted this actor (feedback on the other side).</summary>
    public const string AcceptedByPartner = "accepted-by-partner";

    /// <summary>Imported with the profile (its <c>collaborations</c> field).</summary>
    public const string Imported = "imported";
}

/// <summary>An actor's feedback so far: whom it declined, and every collaboration (accepted on either side, or imported).</summary>
[GenerateSerializer, Alias("mm.ActorRelations"), Immutable]
public sealed record ActorRelations(
    [property: Id(0)] IReadOnlyList<DeclinedActor> Declined,
    [property: Id(1)] IReadOnlyList<Collaboration> Collaborations);
