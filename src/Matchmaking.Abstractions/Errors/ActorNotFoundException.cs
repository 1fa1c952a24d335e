using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Abstractions.Errors;

/// <summary>A call named an actor that has no profile; nothing was changed. The API answers 404.</summary>
[GenerateSerializer, Alias("mm.ActorNotFoundException")]
public sealed class ActorNotFoundException : Exception
{
    public ActorNotFoundException()
        : base("There is no such actor.")
    {
    }

    public ActorNotFoundException(string message)
        : base(message)
    {
    }

    public ActorNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <param name="role">What the actor was in the request (e.g. "the feedback's target"), for the message.</param>
    public ActorNotFoundException(ActorRef actor, string? role = null)
        : base($"There is no {actor.Kind.Name()} '{actor.Id}'" + (role is null ? "." : $" ({role}).")) => Actor = actor;

    [Id(0)]
    public ActorRef? Actor { get; }
}
