using Orleans;

namespace Matchmaking.Abstractions.Errors;

/// <summary>
/// The caller may not do this (e.g. decide on a proposal that does not name it); nothing was changed. The API
/// answers 403.
/// </summary>
[GenerateSerializer, Alias("mm.ForbiddenException")]
public sealed class ForbiddenException : Exception
{
    public ForbiddenException()
        : base("This is not allowed.")
    {
    }

    public ForbiddenException(string message)
        : base(message)
    {
    }

    public ForbiddenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
