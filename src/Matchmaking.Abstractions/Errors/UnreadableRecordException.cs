using Orleans;

namespace Matchmaking.Abstractions.Errors;

/// <summary>
/// A stored record that cannot be read (its payload is damaged: written outside the API, or by a release that
/// accepted what this one refuses). <see cref="Record"/> names it (<c>company 'acme'</c>), <see cref="Problem"/>
/// says what could not be read. The API answers 409; replacing the record (PUT) or deleting it repairs it.
/// </summary>
[GenerateSerializer, Alias("mm.UnreadableRecordException")]
public sealed class UnreadableRecordException : Exception
{
    public UnreadableRecordException()
        : this("a record", "it could not be read")
    {
    }

    public UnreadableRecordException(string message)
        : base(message)
    {
        Record = "a record";
        Problem = message;
    }

    public UnreadableRecordException(string message, Exception innerException)
        : base(message, innerException)
    {
        Record = "a record";
        Problem = message;
    }

    public UnreadableRecordException(string record, string problem)
        : base($"The stored {record} cannot be read: {problem} Replace it with a PUT of a valid document, or delete it.")
    {
        Record = record;
        Problem = problem;
    }

    [Id(0)]
    public string Record { get; }

    [Id(1)]
    public string Problem { get; }
}
