using Orleans;

namespace Matchmaking.Abstractions.Errors;

/// <summary>A call named something that does not exist (a funding call, a proposal); nothing was changed. The API answers 404.</summary>
[GenerateSerializer, Alias("mm.NotFoundException")]
public sealed class NotFoundException : Exception
{
    public NotFoundException()
        : base("There is no such thing.")
    {
    }

    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>"There is no {what}.", e.g. <c>call 'bando-x'</c>.</summary>
    public static NotFoundException Of(string what) => new($"There is no {what}.");
}
