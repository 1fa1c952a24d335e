using Orleans;

namespace Matchmaking.Abstractions.Errors;

/// <summary>
/// Input broke a rule; nothing was changed. <see cref="Errors"/> maps a field path in camelCase
/// (e.g. <c>location.province</c>, <c>themes[2]</c>) to what is wrong with it.
/// </summary>
[GenerateSerializer, Alias("mm.ValidationFailedException")]
public sealed class ValidationFailedException : Exception
{
    public ValidationFailedException()
        : this(new Dictionary<string, string[]>())
    {
    }

    public ValidationFailedException(string message)
        : base(message) => Errors = new Dictionary<string, string[]>();

    public ValidationFailedException(string message, Exception innerException)
        : base(message, innerException) => Errors = new Dictionary<string, string[]>();

    public ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
        : base("The input is not valid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
        => Errors = errors;

    [Id(0)]
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}

/// <summary>A conditional write named a version that is no longer the stored one; nothing was changed.</summary>
[GenerateSerializer, Alias("mm.VersionConflictException")]
public sealed class VersionConflictException : Exception
{
    public VersionConflictException()
    {
    }

    public VersionConflictException(string message)
        : base(message)
    {
    }

    public VersionConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
