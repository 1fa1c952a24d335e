using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Abstractions.Relations;

/// <summary>What an actor decided about a suggested actor.</summary>
[GenerateSerializer, Alias("mm.FeedbackDecision")]
public enum FeedbackDecision
{
    /// <summary>Worth working with: becomes a collaboration on both sides.</summary>
    Accept,

    /// <summary>Never suggest this actor to me again.</summary>
    Decline,
}

/// <summary>An actor's decision about <see cref="Target"/>, with an optional reason in its own words.</summary>
[GenerateSerializer, Alias("mm.Feedback"), Immutable]
public sealed record Feedback(
    [property: Id(0)] ActorRef Target,
    [property: Id(1)] FeedbackDecision Decision,
    [property: Id(2)] string? Reason = null)
{
    public const int MaxReasonLength = 1_000;
}

/// <summary>Feedback as recorded: who gave it, on whom, what, why and when.</summary>
[GenerateSerializer, Alias("mm.FeedbackRecord"), Immutable]
public sealed record FeedbackRecord(
    [property: Id(0)] ActorRef Actor,
    [property: Id(1)] ActorRef Target,
    [property: Id(2)] FeedbackDecision Decision,
    [property: Id(3)] string? Reason,
    [property: Id(4)] DateTimeOffset At);
