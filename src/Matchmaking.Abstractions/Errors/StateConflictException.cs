using Orleans;

namespace Matchmaking.Abstractions.Errors;

/// <summary>
/// The request does not fit the current state of its subject (a proposal accepted before it was proposed, a call
/// already closed); nothing was changed. The API answers 409.
/// </summary>
[GenerateSerializer, Alias("mm.StateConflictException")]
public sealed class StateConflictException : Exception
{
    public StateConflictException()
        : base("The request does not fit the current state.")
    {
    }

    public StateConflictException(string message)
        : base(message)
    {
    }

    public StateConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
