namespace Matchmaking.Cli.Import;

/// <summary>The import file as a whole cannot be read (bad shape, unknown columns); nothing is imported.</summary>
public sealed class ImportFileException : Exception
{
    public ImportFileException()
    {
    }

    public ImportFileException(string message)
        : base(message)
    {
    }

    public ImportFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
